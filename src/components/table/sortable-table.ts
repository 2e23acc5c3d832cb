/**
 * Progressive enhancement for tables marked data-sortable: headers with data-sort-key get a real <button>,
 * clicking it reorders the rows by that column's data-sort-value and moves aria-sort to that header.
 * Without this script the table keeps its static order, which its aria-sort already describes.
 */

type Direction = 'ascending' | 'descending';

function cellValue(row: HTMLTableRowElement, column: number): string {
  return row.cells[column]?.dataset.sortValue ?? row.cells[column]?.textContent?.trim() ?? '';
}

function compareRows(column: number, type: string, direction: Direction) {
  const sign = direction === 'ascending' ? 1 : -1;
  // Ties keep the table's published order, so equal pay always lists the same way.
  const published = (row: HTMLTableRowElement) => Number(row.dataset.publishedOrder);
  return (a: HTMLTableRowElement, b: HTMLTableRowElement): number => {
    const x = cellValue(a, column);
    const y = cellValue(b, column);
    // Rows without a value sort last in either direction, so "no figure yet" never tops a list.
    if (x === '' || y === '') return x === y ? published(a) - published(b) : x === '' ? 1 : -1;
    const order = type === 'number' ? Number(x) - Number(y) : x.localeCompare(y, 'en');
    return order * sign || published(a) - published(b);
  };
}

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
  if (!body || headers.length === 0) return;
  [...body.rows].forEach((row, index) => (row.dataset.publishedOrder = String(index)));
  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    // The header's own text stays the button's name; aria-sort on the header says the current order.
    button.append(...header.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    header.append(button);
    button.addEventListener('click', () => {
      const current = header.getAttribute('aria-sort');
      // Numbers read best high to low first; text A to Z.
      const first: Direction = header.dataset.sortType === 'number' ? 'descending' : 'ascending';
      const direction: Direction = current === first ? (first === 'ascending' ? 'descending' : 'ascending') : first;
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      const rows = [...body.rows].sort(compareRows(header.cellIndex, header.dataset.sortType ?? 'text', direction));
      body.append(...rows);
    });
  }
}

export function enhanceSortableTables(root: ParentNode): void {
  root.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);
}
