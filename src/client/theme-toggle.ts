/**
 * The theme button: System → Dark → Light → System. The choice is kept in localStorage and
 * applied before the first paint by public/before-paint.js; "System" forgets it.
 */
import { themeWords } from '../i18n/scripts/theme.ts';

const STORAGE_KEY = 'dossier-theme';
const CHOICES = ['system', 'dark', 'light'] as const;
type ThemeChoice = (typeof CHOICES)[number];

function stored(): ThemeChoice {
	try {
		const value = localStorage.getItem(STORAGE_KEY);
		return value === 'dark' || value === 'light' ? value : 'system';
	} catch {
		return 'system';
	}
}

function apply(choice: ThemeChoice): void {
	const root = document.documentElement;
	if (choice === 'system') delete root.dataset.theme;
	else root.dataset.theme = choice;
	try {
		if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
		else localStorage.setItem(STORAGE_KEY, choice);
	} catch {
		// Not kept for the next page: it still applies to this one.
	}
}

const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const label = button?.querySelector<HTMLElement>('[data-theme-label]');
// The button's words, where the page is in another language than the English this script carries.
const LABELS: Record<ThemeChoice, string> = button?.dataset.words ? (JSON.parse(button.dataset.words) as typeof themeWords) : themeWords;
if (button && label) {
	let choice = stored();
	label.textContent = LABELS[choice];
	button.addEventListener('click', () => {
		choice = CHOICES[(CHOICES.indexOf(choice) + 1) % CHOICES.length]!;
		apply(choice);
		label.textContent = LABELS[choice];
	});
}
