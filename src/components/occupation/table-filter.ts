/**
 * Progressive enhancement for the occupations table: shows its filter form and hides rows that do not match.
 * Without this script the form stays hidden and the full static table is the page.
 */

/** A text field's value; '' when the form has no such field (the form has no file inputs). */
function field(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

function matches(row: HTMLTableRowElement, form: HTMLFormElement): boolean {
  const data = new FormData(form);
  const text = field(data, 'text').trim().toLowerCase();
  const group = field(data, 'group');
  const education = field(data, 'education');
  const zone = field(data, 'zone');
  if (text && !(row.cells[0]?.textContent ?? '').toLowerCase().includes(text)) return false;
  if (group && row.dataset.group !== group) return false;
  if (education && row.dataset.education !== education) return false;
  if (zone && row.dataset.zone !== zone) return false;
  return true;
}

function enhance(form: HTMLFormElement): void {
  const table = document.getElementById(form.dataset.filterFor ?? '');
  const body = table instanceof HTMLTableElement ? table.tBodies[0] : undefined;
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  if (!body || !status) return;
  const apply = () => {
    let shown = 0;
    for (const row of body.rows) {
      row.hidden = !matches(row, form);
      if (!row.hidden) shown += 1;
    }
    status.textContent = `${shown} of ${body.rows.length} occupations shown.`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
}

export function enhanceTableFilters(root: ParentNode): void {
  root.querySelectorAll<HTMLFormElement>('form[data-filter-for]').forEach(enhance);
}
