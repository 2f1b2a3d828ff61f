import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Disclosure from '../../src/ui/common/Disclosure.svelte';

const content = createRawSnippet(() => ({ render: () => '<p>Kilderne bag svaret</p>' }));

describe('Disclosure', () => {
	it('draws its content the first time it is opened, and keeps it when closed again', async () => {
		const user = userEvent.setup();
		render(Disclosure, { props: { summary: 'Se kilderne', children: content } });
		expect(screen.queryByText('Kilderne bag svaret')).toBeNull();
		await user.click(screen.getByText('Se kilderne'));
		expect(await screen.findByText('Kilderne bag svaret')).toBeInTheDocument();
		await user.click(screen.getByText('Se kilderne'));
		expect(screen.getByText('Kilderne bag svaret')).toBeInTheDocument();
	});

	it('draws its content at once when it starts open', () => {
		render(Disclosure, { props: { summary: 'Se kilderne', open: true, children: content } });
		expect(screen.getByText('Kilderne bag svaret')).toBeInTheDocument();
	});
});
