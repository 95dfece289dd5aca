/** A short message above an exercise's editor, with an optional action. Text only, never HTML. */
export function showNotice(container: HTMLElement, key: string, message: string, action?: { label: string; run(): void }, onDismiss?: () => void): void {
  container.querySelector(`[data-notice="${key}"]`)?.remove();
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.dataset.notice = key;
  notice.append(document.createTextNode(`${message} `));
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', () => {
      notice.remove();
      action.run();
    });
    notice.append(button);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => {
    notice.remove();
    onDismiss?.();
  });
  notice.append(dismiss);
  container.append(notice);
}

export function clearNotice(container: HTMLElement, key: string): void {
  container.querySelector(`[data-notice="${key}"]`)?.remove();
}
