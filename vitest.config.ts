import { defineConfig } from 'vitest/config';

// Three kinds of test, each its own project so `npm test -- --project unit` runs one kind.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
			{
				// Real `astro build` runs against bad content: each must stop with a clear error.
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 },
			},
			{
				// One build of the real site, served locally and shared by every browser test.
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// A page polled for a result may still be loading Pagefind's index on a busy machine.
					expect: { poll: { timeout: 15_000 } },
				},
			},
		],
	},
});
