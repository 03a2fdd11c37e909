import type { Dictionary } from './en.ts';

type ClientDictionary = Dictionary['client'];

/** A claim's status, as its badge and the search results name it. */
export const statusLabels: ClientDictionary['search']['statusLabels'] = {
	corroborated: 'تأییدشده',
	disputed: 'مورد مناقشه',
	attributed: 'فقط منتسب',
	unverified: 'تأییدنشده',
};

/** What the browser's scripts write, in Persian (see src/i18n/scripts/); sent with the elements they work on. */
export const faClient: ClientDictionary = {
	share: {
		copied: 'کپی شد',
		copiedLink: 'پیوند {what} کپی شد.',
		copyFailed: 'کپی نشد. پیوند {what} نشانی صفحهٔ آن است: {url}',
		copyFailedAddressBar: 'کپی نشد. نوار نشانی اکنون پیوند {what} را نشان می‌دهد.',
		copyLinkTo: 'کپی پیوند {what}',
		theSection: 'بخش «{name}»',
		paragraph: 'بند {n}',
		claimWhat: 'ادعای {n}',
		copyLink: 'کپی پیوند',
	},
	theme: { system: 'سیستم', dark: 'تیره', light: 'روشن' },
	preview: {
		assertedBy: 'مطرح‌کننده: {name}.',
	},
	search: {
		locale: 'fa-IR',
		failed: 'جست‌وجو انجام نشد: نمایه خوانده نشد. برای تلاش دوباره صفحه را بازخوانی کنید.',
		missing: 'جست‌وجو اینجا در دسترس نیست: نمایهٔ جست‌وجو پیدا نشد. آن را `npm run build` می‌نویسد.',
		prompt: 'برای جست‌وجو در همهٔ نوشته‌ها واژه‌هایی بنویسید یا یک پالایه برگزینید.',
		searching: 'در حال جست‌وجو…',
		theseFilters: 'این پالایه‌ها',
		quoted: '«{text}»',
		noMatch: 'هیچ نوشته‌ای با {what} جور نیست. واژه‌های دیگر یا کمتری را امتحان کنید، یا یک پالایه را بردارید.',
		allNewest: '{pieces}، از تازه‌ترین.',
		matches: { one: '{pieces} با {what} جور است.', other: '{pieces} با {what} جور است.' },
		pieces: { one: '{n} نوشته', other: '{n} نوشته' },
		filtersFailed: 'پالایه‌ها بارگیری نشدند. برای تلاش دوباره صفحه را بازخوانی کنید.',
		filterLabels: { kind: 'نوع', topic: 'موضوع', year: 'سال', status: 'وضعیت ادعا' },
		claim: 'ادعا',
		claimN: 'ادعای {n}',
		status: 'وضعیت: ',
		statusLabels,
		// Filled from the English and Persian labels (fa.ts).
		filterValues: {},
	},
};
