import { describe, expect, it } from 'vitest';
import { checkBoardSvg } from './checkBoardSvg.ts';

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><defs><style>@font-face{font-family:x;src:url("data:font/woff2;base64,AAAA")}</style></defs>' +
  '<g transform="matrix(1,0,0,1,0,0)" style="fill:url(#grad)"><rect width="10" height="10" fill="#fff"/><path d="M0 0L10 10"/>' +
  '<foreignObject width="50" height="20"><div xmlns="http://www.w3.org/1999/xhtml" class="tl-rich-text"><p>Alert went to <strong>an old</strong> channel</p></div></foreignObject>' +
  '<use href="#a"/></g></svg>';

describe('checkBoardSvg', () => {
  it('accepts a drawing with shapes, embedded fonts and rich text', () => {
    expect(checkBoardSvg(drawing)).toEqual({ ok: true });
    expect(checkBoardSvg(`<?xml version="1.0"?>\n${drawing}`)).toEqual({ ok: true });
  });

  it.each([
    ['a script', '<svg><script>alert(1)</script></svg>'],
    ['an event handler', '<svg><rect onload="alert(1)"/></svg>'],
    ['an event handler in capitals', '<svg><rect ONCLICK="alert(1)"/></svg>'],
    ['a javascript link', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>'],
    ['an outside link', '<svg><a href="https://example.com"><text>x</text></a></svg>'],
    ['an outside image', '<svg><image href="https://example.com/x.png"/></svg>'],
    ['an outside xlink image', '<svg><image xlink:href="//example.com/x.png"/></svg>'],
    ['an svg image as data', '<svg><image href="data:image/svg+xml;base64,PHN2Zz4="/></svg>'],
    [
      'an iframe inside foreignObject',
      '<svg><foreignObject><iframe src="https://example.com"></iframe></foreignObject></svg>',
    ],
    ['a form', '<svg><foreignObject><form action="/x"><input></form></foreignObject></svg>'],
    ['an outside font', '<svg><style>@font-face{src:url(https://example.com/f.woff2)}</style></svg>'],
    ['an import', '<svg><style>@import "https://example.com/x.css";</style></svg>'],
    ['an outside style url', '<svg><rect style="fill:url(https://example.com/x)"/></svg>'],
    ['a doctype with entities', '<!DOCTYPE svg [<!ENTITY x "y">]><svg></svg>'],
    ['something that is not an SVG', '<html><body></body></html>'],
  ])('refuses %s', (_what, svg) => {
    expect(checkBoardSvg(svg).ok).toBe(false);
  });

  it('refuses a picture over 2 MiB', () => {
    expect(checkBoardSvg(`<svg>${'<g/>'.repeat(600_000)}</svg>`).ok).toBe(false);
  });
});
