declare namespace App {
	interface Locals {
		/** The interface of the page being rendered, set by the page (src/i18n/page.ts). */
		ui?: import('./i18n/ui.ts').Ui;
	}
}
