// Keyboard shortcuts of the inbox and the case page (the list is in ShortcutHelp.razor); ignored while typing in a field.
(() => {
  const listKey = 'guestloop.inbox.cases';
  const typing = t => t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
  const rows = () => [...document.querySelectorAll('[data-testid="inbox"] tbody tr')].filter(r => r.querySelector('[data-case-link]'));
  const go = url => (window.Blazor ? window.Blazor.navigateTo(url) : window.location.assign(url));
  const caseOnPage = () => (window.location.pathname.match(/^\/cases\/([0-9a-f-]{36})$/i) || [])[1];

  // The inbox's order, so that j and k on a case page go to the next and previous case of the list it was opened from.
  const remember = () => {
    const ids = rows().map(r => r.querySelector('[data-case-link]').dataset.caseLink);
    if (ids.length) sessionStorage.setItem(listKey, JSON.stringify(ids));
  };

  const canned = '[data-testid="canned-replies"] button, button[data-testid="canned-replies"]';

  const current = () => rows().find(r => r.classList.contains('kb-current'));

  const move = step => {
    const list = rows();
    if (!list.length) return;
    const was = list.indexOf(current());
    const next = Math.min(list.length - 1, Math.max(0, was < 0 ? (step > 0 ? 0 : list.length - 1) : was + step));
    list.forEach(r => r.classList.remove('kb-current'));
    list[next].classList.add('kb-current');
    list[next].scrollIntoView({ block: 'nearest' });
  };

  const sibling = step => {
    const ids = JSON.parse(sessionStorage.getItem(listKey) || '[]');
    const at = ids.indexOf(caseOnPage());
    if (at >= 0 && ids[at + step]) go('/cases/' + ids[at + step]);
  };

  const press = selector => {
    const button = document.querySelector(selector);
    if (!button || button.disabled) return false;
    button.scrollIntoView({ block: 'center' });
    button.click();
    return true;
  };

  document.addEventListener('click', e => {
    if (e.target.closest && e.target.closest('[data-testid="inbox"] tbody')) remember();
  }, true);

  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(e.target)) return;
    const help = document.getElementById('shortcut-help');
    const inInbox = !!document.querySelector('[data-testid="inbox"]');
    const onCase = !!caseOnPage();
    const row = current();
    let handled = true;
    switch (e.key) {
      case '?': if (help) help.hidden = !help.hidden; break;
      case 'Escape': if (help && !help.hidden) help.hidden = true; else handled = false; break;
      case 'j': if (inInbox) move(1); else if (onCase) sibling(1); else handled = false; break;
      case 'k': if (inInbox) move(-1); else if (onCase) sibling(-1); else handled = false; break;
      case 'Enter':
      case 'o':
        // Enter on a focused button or link keeps its own meaning.
        if (!inInbox || !row || (e.key === 'Enter' && e.target.closest && e.target.closest('button, a'))) { handled = false; break; }
        remember();
        go(row.querySelector('[data-case-link]').getAttribute('href'));
        break;
      case 'x': if (inInbox && row) row.querySelector('input[type="checkbox"]')?.click(); else handled = false; break;
      case 'r': handled = onCase && press('[data-action="Reply"]'); break;
      case 'c':
        // The canned replies of the reply form, opening the form first when it is closed.
        if (!onCase) { handled = false; break; }
        // A reply where the case allows one, else the interim reply (both forms carry the canned replies).
        if (!press(canned)) {
          handled = press('[data-action="Reply"]') || press('[data-action="InterimReply"]');
          if (handled) setTimeout(() => press(canned), 300);
        }
        break;
      case '1': case '2': case '3': case '4': case '5': {
        const tabs = document.querySelectorAll('[data-testid="case-tabs"] .mud-tab');
        const tab = tabs[Number(e.key) - 1];
        if (onCase && tab) tab.click(); else handled = false;
        break;
      }
      case 'a':
        if (onCase) handled = press('[data-action="Assign"]');
        else if (inInbox) {
          if (!document.querySelector('[data-bulk="Assign"]') && row) row.querySelector('input[type="checkbox"]')?.click();
          setTimeout(() => press('[data-bulk="Assign"]'), 150);
        } else handled = false;
        break;
      default: handled = false;
    }
    if (handled) e.preventDefault();
  });
})();
