/**
 * The only search code every page loads. It waits for a sign the reader wants to search (hover, focus,
 * touch, click, "/" or Ctrl/Cmd+K) and only then adds the search module's <script>, kept inert in a
 * <template> until now. No import() here: Vite would pull its preload helper into every page.
 */

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function listenForSearchIntent(): void {
  const trigger = document.querySelector<HTMLFormElement>('[data-search-trigger]');
  const button = trigger?.querySelector('button');
  const source = document.querySelector<HTMLTemplateElement>('template[data-search-module]')?.content.querySelector('script');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!trigger || !button || !source || !dialog || !input) return;
  let requested = false;
  const load = () => {
    if (requested) return;
    requested = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = source.getAttribute('src') ?? '';
    // If the module cannot load (offline, blocked), an open dialog's form still takes the query to the search page.
    script.addEventListener('error', () => {
      if (trigger.dataset.searchIntent === 'open') input.form?.submit();
    });
    document.head.append(script);
  };
  // The dialog opens at once, so no keystroke is lost while the module loads; the module finds the flag
  // and wires it up, then listens for "search:open".
  const open = () => {
    if (!dialog.open) {
      dialog.showModal();
      input.focus();
      input.select();
    }
    if ('searchReady' in trigger.dataset) trigger.dispatchEvent(new Event('search:open'));
    else {
      trigger.dataset.searchIntent = 'open';
      load();
    }
  };

  // Focus goes back to the trigger however the dialog closes, even before the module has loaded.
  // A close before the module has loaded also withdraws the request, so the module does not reopen it.
  dialog.addEventListener('close', () => {
    delete trigger.dataset.searchIntent;
    button.focus();
  });
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  for (const type of ['pointerenter', 'focusin', 'touchstart']) trigger.addEventListener(type, load, { once: true, passive: true });
  trigger.addEventListener('submit', (event) => {
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    open();
  });
}
