/**
 * `make`, made once for each list it is given and kept with that list. Pages of a build share one
 * list of published pieces, so what every page asks of the pieces is found once a build, not once
 * a page; `astro dev` reads the list afresh, so a save is never answered from an older list.
 */
export function perList<List extends object, Made>(make: (list: List) => Made): (list: List) => Made {
	const made = new WeakMap<List, Made>();
	return (list) => {
		if (made.has(list)) return made.get(list) as Made;
		const value = make(list);
		made.set(list, value);
		return value;
	};
}
