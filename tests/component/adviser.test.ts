import { PAGES } from '../../src/domain/pages';
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AdviserApp from '../../src/ui/adviser/AdviserApp.svelte';
import { optionSource } from '../../src/data/options';
import { decodeLink } from '../../src/domain/url-codec';
import { EXAMPLE_COMPANIES } from '../fixtures/example-companies';

/** The adviser page with its whole form. */
async function setup(props: { lang?: 'da' | 'en'; query?: string } = {}) {
	const user = userEvent.setup();
	const link = props.query === undefined ? undefined : decodeLink(props.query, optionSource);
	render(AdviserApp, { props: { lang: props.lang ?? 'da', link } });
	screen.getByRole('form');
	return { user };
}

const group = (name: string | RegExp) => screen.getByRole('group', { name });
const linkField = (name = 'Link til virksomheden') =>
	screen.getByRole('textbox', { name }) as HTMLTextAreaElement;
/** The query of the link in the read-only field. */
const linkQuery = (name?: string) => new URL(linkField(name).value).search.slice(1);
const params = (name?: string) => new URLSearchParams(linkQuery(name));
const land = () => screen.getByRole('textbox', { name: 'Hvor meget jord har projektet brug for?' });

describe('adviser page', () => {
	it("has one h1, the guide's pages as h2 and every question as an h3 under its page", async () => {
		await setup();
		expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
		expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
			'Lav et link til en virksomhed'
		);
		const pages = screen
			.getAllByRole('region')
			.filter((r) => r.classList.contains('adviser-page'))
			.map((r) => r.getAttribute('aria-labelledby'));
		expect(pages).toEqual(PAGES.map((p) => `adviser-page-${p.id}`));
		expect(screen.getByRole('heading', { level: 2, name: 'Jeres projekt' })).toBeInTheDocument();
		const site = screen.getByRole('region', { name: 'Jord, sted og tidspunkt' });
		expect(
			within(site).getByRole('heading', {
				level: 3,
				name: 'Hvor meget jord har projektet brug for?'
			})
		).toBeInTheDocument();
		expect(
			screen.getByRole('heading', { level: 3, name: 'Hvad handler jeres projekt om?' })
		).toBeInTheDocument();
	});

	it('starts with every question left for the company and a link with only the version and language', async () => {
		await setup();
		const projectType = group('Hvad handler jeres projekt om?');
		expect(
			within(projectType).getByRole('radio', { name: 'Lad virksomheden svare' })
		).toBeChecked();
		expect(linkField().value).toMatch(/\/index\.html\?v=1&lang=da$/);
	});

	it('puts the answers in the link as the adviser answers', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' }));
		await user.type(land(), '40');
		expect(linkQuery()).toContain('project_type=expand');
		expect(linkQuery()).toContain('land_ha=40');
		expect(params().get('v')).toBe('1');
		expect(params().get('lang')).toBe('da');
	});

	it('tells a screen reader when a follow-up question appears and goes', async () => {
		const { user } = await setup();
		const news = () =>
			screen
				.getAllByRole('status')
				.map((s) => s.textContent?.trim())
				.filter((t) => t?.includes('spørgsmål'));
		expect(news()).toEqual([]);
		const employees = group('Hvor mange ansatte har virksomheden?');
		await user.click(within(employees).getByRole('radio', { name: 'Færre end 10' }));
		expect(news()).toEqual([
			'Et spørgsmål mere er kommet til herunder: Er omsætningen højst 50 mio. euro eller balancen højst 43 mio. euro?'
		]);
		await user.click(within(employees).getByRole('radio', { name: /250 eller flere/ }));
		expect(news()).toEqual([
			'Et spørgsmål er fjernet, fordi det ikke længere er relevant: Er omsætningen højst 50 mio. euro eller balancen højst 43 mio. euro?'
		]);
	});

	it('keeps questions left for the company out of the link', async () => {
		const { user } = await setup();
		const projectType = group('Hvad handler jeres projekt om?');
		await user.click(
			within(projectType).getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' })
		);
		expect([...params().keys()]).toEqual(['v', 'project_type', 'lang']);
		// Back to "let the company answer": out of the link again.
		await user.click(within(projectType).getByRole('radio', { name: 'Lad virksomheden svare' }));
		expect([...params().keys()]).toEqual(['v', 'lang']);
		// A multiple choice: ticking "let the company answer" clears the choices.
		const sectors = group('Hvad skal I producere?');
		await user.click(
			within(sectors).getByRole('checkbox', { name: 'Vindmøller, komponenter og havvind' })
		);
		expect(params().get('sectors')).toBe('wind_offshore');
		expect(
			within(sectors).getByRole('checkbox', { name: 'Lad virksomheden svare' })
		).not.toBeChecked();
		await user.click(within(sectors).getByRole('checkbox', { name: 'Lad virksomheden svare' }));
		expect(
			within(sectors).getByRole('checkbox', { name: 'Vindmøller, komponenter og havvind' })
		).not.toBeChecked();
		expect(params().has('sectors')).toBe(false);
	});

	it('shows an inline error for an invalid land value, keeps the text and leaves it out of the link', async () => {
		const { user } = await setup();
		await user.type(land(), 'masser');
		const error = document.getElementById('land_ha-error');
		expect(error).toHaveTextContent(/^Fejl:\s*Skriv arealet som et tal, fx 2,5 eller 40/);
		expect(error?.querySelector('.sr-only')).toHaveTextContent('Fejl:');
		expect(land()).toHaveAttribute('aria-invalid', 'true');
		expect(land()).toHaveValue('masser');
		expect(params().has('land_ha')).toBe(false);
		await user.clear(land());
		await user.type(land(), '2,5');
		expect(document.getElementById('land_ha-error')).toBeNull();
		expect(params().get('land_ha')).toBe('2.5');
	});

	it('leaves the needs to the company until the adviser fills them in, then takes the two checklists', async () => {
		const { user } = await setup();
		const leave = screen.getByRole('checkbox', {
			name: 'Lad virksomheden svare på, hvad grunden og egnen skal have'
		});
		expect(leave).toBeChecked();
		expect(screen.queryByRole('group', { name: /^Det skal grunden og egnen have/ })).toBeNull();
		await user.click(leave);
		// Filled in: every item unticked is "not needed" – and the adviser is told so, beside the box.
		expect(params().get('infrastructure')).toMatch(/^(\w+:none,)*\w+:none$/);
		expect(leave).toHaveAccessibleDescription(
			/^Det, du ikke krydser af, regnes som ikke nødvendigt, og virksomheden bliver ikke spurgt om det/
		);
		const must = group(/^Det skal/);
		await user.click(within(must).getByRole('checkbox', { name: 'Havn eller kaj' }));
		expect(params().get('infrastructure')).toContain('port:must');
		// Ticked in both lists: an error, and the question stays out of the link until it is fixed.
		await user.click(
			within(group(/^Det vil være rart/)).getByRole('checkbox', { name: 'Havn eller kaj' })
		);
		expect(document.getElementById('needs-error')).toHaveTextContent('Havn eller kaj');
		expect(params().has('infrastructure')).toBe(false);
		// Beside the link, what is left out links to the field: the item ticked in both lists.
		const fix = screen.getByRole('link', {
			name: /^Infrastruktur: Sæt kun ét kryds ved ”Havn eller kaj”/
		});
		await user.click(fix);
		expect(document.activeElement).toBe(
			within(must).getByRole('checkbox', { name: 'Havn eller kaj' })
		);
		// Back to "let the company answer": out of the link again.
		await user.click(leave);
		expect(leave).not.toHaveAccessibleDescription();
		expect(params().has('infrastructure')).toBe(false);
		expect(params().has('workforce')).toBe(false);
	});

	it('asks each condition on its own, so an adviser can leave the ones it does not know to the company', async () => {
		const { user } = await setup();
		const tech = 'Hvilken nettonul-teknologi handler projektet om?';
		const env = group('Er produktionen miljøtung, så den skal ligge langt fra boliger?');
		expect(within(env).getByRole('radio', { name: 'Lad virksomheden svare' })).toBeChecked();
		expect(screen.queryByRole('group', { name: tech })).toBeNull();
		const netZero = group('Er projektet et nettonul-projekt?');
		await user.click(within(netZero).getByRole('radio', { name: 'Ja' }));
		await user.click(within(group(tech)).getByRole('checkbox', { name: 'Solceller og solvarme' }));
		expect(params().get('net_zero')).toBe('yes');
		expect(params().get('net_zero_tech')).toBe('solar');
		// The others are left to the company: not in the link.
		expect(params().has('env_demanding')).toBe(false);
		expect(params().has('dual_permits')).toBe(false);
		await user.click(within(netZero).getByRole('radio', { name: 'Nej' }));
		expect(screen.queryByRole('group', { name: tech })).toBeNull();
		// An answer that no longer applies is not sent to the company.
		expect(params().has('net_zero_tech')).toBe(false);
		expect(params().get('net_zero')).toBe('no');
	});

	it('keeps the answers when switching to English, and the link gets lang=en', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' }));
		await user.type(land(), '1.500,5');
		expect(params().get('land_ha')).toBe('1500.5');
		await user.click(screen.getByRole('button', { name: 'English' }));
		expect(
			await screen.findByRole('heading', { level: 1, name: 'Make a link for a company' })
		).toBeInTheDocument();
		expect(
			screen.getByRole('radio', { name: 'We want to expand an existing plant' })
		).toBeChecked();
		// The number is written anew in English, so it keeps its value, also when edited after the switch.
		const enLand = screen.getByRole('textbox', { name: 'How much land does the project need?' });
		expect(enLand).toHaveValue('1500.5');
		const p = params('Link for the company');
		expect(p.get('project_type')).toBe('expand');
		expect(p.get('land_ha')).toBe('1500.5');
		expect(p.get('lang')).toBe('en');
		await user.type(enLand, '5');
		expect(params('Link for the company').get('land_ha')).toBe('1500.55');
	});

	it('copies the link with "Kopiér link" and says so', async () => {
		const { user } = await setup();
		const writeText = vi.fn().mockResolvedValue(undefined);
		// userEvent.setup() installs its own clipboard; replace it with a stub we can inspect.
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		await user.click(screen.getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' }));
		await user.click(screen.getByRole('button', { name: 'Kopiér link' }));
		expect(writeText).toHaveBeenCalledWith(linkField().value);
		expect(linkField().value).toContain('project_type=expand');
		expect(await screen.findByText('Linket er kopieret')).toHaveAttribute('role', 'status');
	});

	it('shows the link as a QR code with an accessible name and no inline styles', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('button', { name: 'Vis QR-kode' }));
		const qr = await screen.findByRole('img', { name: 'QR-kode med linket til virksomheden' });
		expect(qr.tagName.toLowerCase()).toBe('svg');
		expect(qr.querySelector('path')).not.toBeNull();
		expect(qr.querySelectorAll('[style], style, script')).toHaveLength(0);
		expect(screen.getByRole('button', { name: 'Skjul QR-kode' })).toBeInTheDocument();
	});

	it('has a mail link with a short text that contains the link', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' }));
		const href =
			screen.getByRole('link', { name: 'Send linket i en mail' }).getAttribute('href') ?? '';
		expect(href).toMatch(/^mailto:\?subject=/);
		const body = decodeURIComponent(href.split('&body=')[1] ?? '');
		expect(body).toContain(linkField().value);
		expect(body).toContain('Industriparkguiden');
	});

	it('asks the company in the mail to answer the rest, or – every question answered – to see its result', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' }));
		const body = () =>
			decodeURIComponent(
				screen
					.getByRole('link', { name: 'Send linket i en mail' })
					.getAttribute('href')
					?.split('&body=')[1] ?? ''
			);
		expect(body()).toContain('svar på resten');
		cleanup();
		await setup({ query: `?${EXAMPLE_COMPANIES[0]!.query}` });
		expect(body()).toContain('Jeg har udfyldt Industriparkguiden for jer.');
		expect(body()).not.toContain('svar på resten');
	});

	it('opens an existing link for editing', async () => {
		await setup({ query: '?v=1&project_type=expand&land_ha=2.5' });
		expect(
			screen.getByRole('radio', { name: 'Vi vil udvide et eksisterende anlæg' })
		).toBeChecked();
		expect(land()).toHaveValue('2,5');
		expect(
			screen.getByText('Svarene fra linket er udfyldt. Du kan ændre dem og lave et nyt link.')
		).toBeInTheDocument();
		expect(linkQuery()).toBe('v=1&project_type=expand&land_ha=2.5&lang=da');
	});

	// Review: a link with only some needs showed the same error seven times and left the given need out of the link.
	it('reads a link with only some needs as the checklists do: what is not ticked is not needed', async () => {
		await setup({ query: '?v=1&project_type=expand&infrastructure=port:must' });
		expect(screen.queryByText(/Svaret kommer ikke med i linket/)).not.toBeInTheDocument();
		expect(params().get('infrastructure')).toBe(
			'high_power:none,motorway:none,pipeline:none,port:must,rail:none,symbiosis:none,wastewater:none,water_volume:none'
		);
	});

	it('keeps a link with only some conditions as it is: the rest are left to the company', async () => {
		await setup({ query: '?v=1&project_type=expand&net_zero=yes&net_zero_tech=wind' });
		expect(
			within(group('Er projektet et nettonul-projekt?')).getByRole('radio', { name: 'Ja' })
		).toBeChecked();
		expect(params().get('net_zero')).toBe('yes');
		expect(params().get('net_zero_tech')).toBe('wind');
		expect(params().has('env_demanding')).toBe(false);
		expect(params().has('critical_raw_materials')).toBe(false);
	});

	it('has a link from the top to the result and the link, which moves focus there', async () => {
		const { user } = await setup();
		await user.click(screen.getByRole('link', { name: 'Gå til resultatet og linket' }));
		expect(document.activeElement).toBe(
			screen.getByRole('heading', { level: 2, name: 'Resultatet lige nu' })
		);
	});

	it('previews the best parks once an answer the parks are assessed on is given', async () => {
		const { user } = await setup();
		const preview = screen.getByRole('region', { name: 'Resultatet lige nu' });
		expect(within(preview).getByText(/^Du har udfyldt 0 af \d+ spørgsmål\.$/)).toHaveAttribute(
			'aria-live',
			'polite'
		);
		expect(await within(preview).findByText(/Når du har svaret på/)).toBeInTheDocument();
		// "Det ved vi ikke endnu" for the land alone tells no park apart: no "best" park yet.
		const dontKnowLand = screen.getAllByRole('checkbox', { name: 'Det ved vi ikke endnu' })[0]!;
		await user.click(dontKnowLand);
		expect(within(preview).getByText(/^Du har udfyldt 1 af \d+ spørgsmål\.$/)).toBeInTheDocument();
		expect(within(preview).getByText(/Når du har svaret på/)).toBeInTheDocument();
		await user.click(dontKnowLand);
		await user.click(screen.getByRole('checkbox', { name: 'Vindmøller, komponenter og havvind' }));
		const parks = await within(preview).findAllByRole('listitem');
		expect(parks.length).toBeGreaterThan(0);
		expect(parks.length).toBeLessThanOrEqual(3);
		expect(parks[0]).toHaveTextContent(/God match|Kan passe|Delvis match/);
		expect(
			within(preview).getByText(/^Du har udfyldt 1 af \d+ spørgsmål\. Passer bedst lige nu: .+\.$/)
		).toBeInTheDocument();
		expect(
			within(preview).getByText('Jeres projekt kan måske komme i One Stop Shoppen')
		).toBeInTheDocument();
	});

	it("keeps a link's place the list does not have, named as such, until another is chosen", async () => {
		const { user } = await setup({ query: '?v=1&home=999' });
		const home = screen.getByRole('combobox', { name: 'Vælg kommunen' });
		expect(home).toHaveDisplayValue('Kommunekode 999 fra linket (guiden kender den ikke)');
		expect(params().get('home')).toBe('999');
		await user.selectOptions(home, 'Aalborg');
		expect(params().get('home')).toBe('851');
		await user.selectOptions(home, 'Ingen valgt');
		expect(params().has('home')).toBe(false);
	});

	it('says, for a few hectares, that most companies look in their own municipality first (review 21)', async () => {
		const { user } = await setup();
		const preview = screen.getByRole('region', { name: 'Resultatet lige nu' });
		await user.type(land(), '2');
		expect(
			await within(preview).findByText(
				'Til 2 ha leder de fleste virksomheder først i deres egen kommune.'
			)
		).toBeInTheDocument();
		expect(
			within(preview).getByText(
				/^Du har udfyldt 1 af \d+ spørgsmål\. Af de statslige parker passer .+ bedst lige nu\.$/
			)
		).toBeInTheDocument();
		// A partial best park is said to be partial (review 22, G2).
		await user.click(screen.getByRole('checkbox', { name: 'Region Hovedstaden' }));
		expect(
			await within(preview).findByText(
				/Af de statslige parker passer .+ bedst lige nu, men kun delvist\.$/
			)
		).toBeInTheDocument();
		await user.click(screen.getByRole('checkbox', { name: 'Region Hovedstaden' }));
		await user.type(land(), '0');
		expect(within(preview).getByText(/Passer bedst lige nu: .+\.$/)).toBeInTheDocument();
		expect(within(preview).queryByText(/egen kommune/)).not.toBeInTheDocument();
	});
});
