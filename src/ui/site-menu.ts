/**
 * The phone layout's Menu button (the header shows it below 800 px wide):
 * it opens the site links and the chapter list at the top of the page, and
 * Escape closes them, back on the button. On wider screens both are always shown.
 */
const button = document.querySelector<HTMLButtonElement>('button.menu-toggle');
if (button) {
  const setOpen = (open: boolean) => {
    document.body.dataset.menu = open ? 'open' : 'closed';
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => setOpen(document.body.dataset.menu !== 'open'));
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || document.body.dataset.menu !== 'open' || button.getClientRects().length === 0) return;
    setOpen(false);
    button.focus();
  });
}
