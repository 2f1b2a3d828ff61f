import { describe, expect, it } from 'vitest';
import { renderSVG } from 'uqr';
import { qrSvgElement } from '../../src/ui/common/qr-svg';

const SVG = 'xmlns="http://www.w3.org/2000/svg"';

describe('qrSvgElement', () => {
	it("keeps uqr's shapes and names the code", () => {
		const svg = qrSvgElement(renderSVG('https://example.dk/?v=1'), 'QR-kode til linket', 'qr-svg');
		expect(svg?.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
		expect(svg?.querySelectorAll('rect')).toHaveLength(1);
		expect(svg?.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
		expect(svg?.getAttribute('role')).toBe('img');
		expect(svg?.getAttribute('aria-label')).toBe('QR-kode til linket');
		expect(svg?.getAttribute('focusable')).toBe('false');
		expect(svg?.getAttribute('class')).toBe('qr-svg');
		expect(svg?.ownerDocument).toBe(document);
	});

	it('drops every element and attribute uqr does not emit', () => {
		const svg = qrSvgElement(
			`<svg ${SVG} viewBox="0 0 4 4" onload="alert(1)" style="fill:red">` +
				'<script>alert(1)</script><style>rect{fill:red}</style>' +
				'<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
				'<a href="javascript:alert(1)"><rect width="1" height="1"/></a>' +
				'<html:img xmlns:html="http://www.w3.org/1999/xhtml" src="x"/>' +
				'<rect fill="white" width="4" height="4" style="display:none" onclick="alert(1)"/>' +
				'<path fill="black" d="M0,0h1v1h-1z" href="#x"/></svg>',
			'QR',
			'print-qr-code'
		);
		expect(svg).toBeDefined();
		expect([...svg!.querySelectorAll('*')].map((el) => el.localName)).toEqual(['rect', 'path']);
		const attributes = [svg!, ...svg!.querySelectorAll('*')].flatMap((el) =>
			[...el.attributes].map((a) => a.name)
		);
		expect(attributes).not.toContain('onload');
		expect(attributes).not.toContain('onclick');
		expect(attributes).not.toContain('style');
		expect(attributes).not.toContain('href');
		expect(svg!.querySelector('rect')?.getAttribute('fill')).toBe('white');
	});

	it('gives nothing for markup that is not an SVG', () => {
		expect(qrSvgElement('<div>not svg</div>', 'QR', 'qr-svg')).toBeUndefined();
		expect(qrSvgElement('<svg><rect></svg>', 'QR', 'qr-svg')).toBeUndefined();
		expect(qrSvgElement(`<svg ${SVG}><rect>`, 'QR', 'qr-svg')).toBeUndefined();
		expect(qrSvgElement('', 'QR', 'qr-svg')).toBeUndefined();
	});
});
