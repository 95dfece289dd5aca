/**
 * Asks the service worker to save a group of files that not every learner
 * needs for offline use: `'python'`, the Python runtime under pyodide/
 * (~13.5 MB), once a page starts it. Resolves to true once every file of the
 * group is in the offline copy, false where there is no service worker in
 * control yet (the first visit, or a browser without one) or saving failed;
 * the files are then fetched from the network as usual.
 */
export function saveOffline(group: 'python'): Promise<boolean> {
  const controller = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : null;
  if (!controller) return Promise.resolve(false);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok?: boolean }>) => resolve(event.data?.ok === true);
    controller.postMessage({ type: 'precache', group }, [channel.port2]);
  });
}
