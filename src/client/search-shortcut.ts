/**
 * "/" puts the cursor in the search field (the page's own on the search page, else the
 * header's), unless the reader is already typing somewhere.
 */
function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
	const field = document.querySelector<HTMLInputElement>('#search-query') ?? document.querySelector<HTMLInputElement>('#header-search-query');
	if (!field) return;
	event.preventDefault();
	field.focus();
	field.select();
});
