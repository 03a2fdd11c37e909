// Runs before the page is painted (a classic script, first in the head: modules wait for the
// page), so that nothing flashes or moves once the page's own scripts arrive:
// - a theme the reader chose applies at once (see src/scripts/theme-toggle.ts);
// - the buttons that need JavaScript take their place now, not after a first paint without them.
(function () {
	var root = document.documentElement;
	root.classList.add('js');
	if (typeof navigator.share === 'function') root.classList.add('can-share');
	try {
		var theme = localStorage.getItem('dossier-theme');
		if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	} catch {
		// Storage refused (private mode, disabled cookies): the system setting applies.
	}
})();
