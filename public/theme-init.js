// Runs before the page is painted, so a reader who chose a theme never sees the other one flash.
// A classic script, not a module: modules wait for the page. See src/scripts/theme-toggle.ts.
try {
	var theme = localStorage.getItem('dossier-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
	// Storage refused (private mode, disabled cookies): the system setting applies.
}
