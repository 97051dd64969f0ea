// Tells the open case page when its user types in a field, at most every 3 s, so that colleagues on the same case see
// "typing" (CasePresenceBar.razor). Only the keystroke's existence is sent, never the text.
window.guestLoopPresence = (() => {
  let page = null, target = null, last = 0;
  const field = t => t && (t.isContentEditable || ['INPUT', 'TEXTAREA'].includes(t.tagName));
  document.addEventListener('input', e => {
    if (!target || !field(e.target)) return;
    const now = Date.now();
    if (now - last < 3000) return;
    last = now;
    target.invokeMethodAsync('Typing').catch(() => {});
  }, true);
  return {
    watch: (ref, id) => { target = ref; page = id; last = 0; },
    unwatch: id => { if (page === id) { target = null; page = null; } },
  };
})();
