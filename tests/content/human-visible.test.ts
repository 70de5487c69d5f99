// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isHumanVisible } from '../../src/content/human-visible';

const restores: (() => void)[] = [];

/** Replaces `object[property]` with `value` for one test. */
function override(object: object, property: string, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(object, property);
  Object.defineProperty(object, property, { value, configurable: true, writable: true });
  restores.push(() => {
    if (own) Object.defineProperty(object, property, own);
    else delete (object as Record<string, unknown>)[property];
  });
}

function rect(left: number, top: number, width: number, height: number): DOMRect {
  return {
    left,
    top,
    width,
    height,
    x: left,
    y: top,
    right: left + width,
    bottom: top + height,
    toJSON: () => ({}),
  };
}

let input: HTMLInputElement;

beforeEach(() => {
  document.body.innerHTML = '<div id="wrap"><input id="field" type="password"></div>';
  input = document.getElementById('field') as HTMLInputElement;
});

afterEach(() => {
  while (restores.length > 0) restores.pop()?.();
  vi.restoreAllMocks();
});

/** The page has a layout (the root has a size), the input `box`, the window scrolled by `scroll`. */
function layout(box: DOMRect, { scroll = [0, 0], clientWidth = 1000, innerWidth = 1000 } = {}): void {
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(rect(0, 0, 1000, 3000));
  vi.spyOn(input, 'getBoundingClientRect').mockReturnValue(box);
  override(document.documentElement, 'clientWidth', clientWidth);
  override(window, 'innerWidth', innerWidth);
  override(window, 'scrollX', scroll[0]);
  override(window, 'scrollY', scroll[1]);
}

describe('isHumanVisible', () => {
  it('a plain input is visible, also where nothing has a layout (all boxes 0×0)', () => {
    expect(input.getBoundingClientRect().width).toBe(0);
    expect(isHumanVisible(input)).toBe(true);
  });

  describe('hidden from people by attributes', () => {
    beforeEach(() => {
      // Styles say visible: only the attributes decide.
      vi.spyOn(input, 'checkVisibility').mockReturnValue(true);
    });

    it('hidden on the input or an ancestor', () => {
      input.hidden = true;
      expect(isHumanVisible(input)).toBe(false);
      input.hidden = false;
      expect(isHumanVisible(input)).toBe(true);
      document.getElementById('wrap')?.setAttribute('hidden', '');
      expect(isHumanVisible(input)).toBe(false);
    });

    it('aria-hidden="true" on the input or an ancestor, not aria-hidden="false"', () => {
      input.setAttribute('aria-hidden', 'false');
      expect(isHumanVisible(input)).toBe(true);
      input.setAttribute('aria-hidden', 'true');
      expect(isHumanVisible(input)).toBe(false);
      input.removeAttribute('aria-hidden');
      document.getElementById('wrap')?.setAttribute('aria-hidden', 'true');
      expect(isHumanVisible(input)).toBe(false);
    });
  });

  // The engine's own `checkVisibility` reads the styles (happy-dom's reads inline styles too), on
  // the input and on every box around it.
  describe('hidden by style, on the input or a box around it', () => {
    it.each([
      ['display: none', 'display: none', false],
      ['visibility: hidden', 'visibility: hidden', false],
      ['opacity: 0', 'opacity: 0', false],
      ['opacity: 0.5', 'opacity: 0.5', true],
      ['display: block', 'display: block', true],
    ])('%s', (_name, css, visible) => {
      input.setAttribute('style', css);
      expect(isHumanVisible(input)).toBe(visible);
      input.removeAttribute('style');
      document.getElementById('wrap')?.setAttribute('style', css);
      expect(isHumanVisible(input)).toBe(visible);
    });
  });

  describe('checkVisibility', () => {
    it('asks it with opacity and visibility CSS, and trusts a false', () => {
      const check = vi.spyOn(input, 'checkVisibility').mockReturnValue(false);
      expect(isHumanVisible(input)).toBe(false);
      expect(check).toHaveBeenCalledWith({ checkOpacity: true, checkVisibilityCSS: true });
      check.mockReturnValue(true);
      expect(isHumanVisible(input)).toBe(true);
    });

    it('is skipped where the engine lacks it', () => {
      override(input, 'checkVisibility', undefined);
      expect(isHumanVisible(input)).toBe(true);
    });
  });

  it('works for a document without a window (no computed style, no scroll)', () => {
    const other = document.implementation.createHTMLDocument('');
    other.body.innerHTML = '<input type="password">';
    const detached = other.querySelector('input') as HTMLInputElement;
    expect(other.defaultView).toBeNull();
    expect(isHumanVisible(detached)).toBe(true);
    vi.spyOn(other.documentElement, 'getBoundingClientRect').mockReturnValue(rect(0, 0, 800, 600));
    override(other.documentElement, 'clientWidth', 800);
    const box = vi.spyOn(detached, 'getBoundingClientRect').mockReturnValue(rect(10, 10, 100, 20));
    expect(isHumanVisible(detached)).toBe(true);
    box.mockReturnValue(rect(800, 10, 100, 20));
    expect(isHumanVisible(detached)).toBe(false);
  });

  describe('size and position, where the page has a layout', () => {
    it('is visible at a normal size on the page', () => {
      layout(rect(10, 10, 200, 30));
      expect(isHumanVisible(input)).toBe(true);
    });

    it.each([
      [1, 30, false],
      [200, 1, false],
      [0, 0, false],
      [2, 2, true],
      [2, 30, true],
      [200, 2, true],
    ])('a %d×%d box is visible: %s', (width, height, visible) => {
      layout(rect(10, 10, width, height));
      expect(isHumanVisible(input)).toBe(visible);
    });

    it('above or left of the page is hidden', () => {
      layout(rect(-300, 10, 200, 30));
      expect(isHumanVisible(input)).toBe(false);
      layout(rect(-200, 10, 200, 30)); // right edge exactly at 0
      expect(isHumanVisible(input)).toBe(false);
      layout(rect(10, -100, 200, 30));
      expect(isHumanVisible(input)).toBe(false);
      layout(rect(10, -30, 200, 30)); // bottom edge exactly at 0
      expect(isHumanVisible(input)).toBe(false);
    });

    it('counts the scroll: a field scrolled out of the viewport is still on the page', () => {
      layout(rect(-150, 10, 200, 30), { scroll: [100, 0] });
      expect(isHumanVisible(input)).toBe(true);
      layout(rect(10, -100, 200, 30), { scroll: [0, 500] });
      expect(isHumanVisible(input)).toBe(true);
      layout(rect(-350, 10, 200, 30), { scroll: [100, 0] });
      expect(isHumanVisible(input)).toBe(false);
      layout(rect(10, -600, 200, 30), { scroll: [0, 500] });
      expect(isHumanVisible(input)).toBe(false);
    });

    it('right of the layout width is hidden (the wider of root and viewport)', () => {
      layout(rect(20000, 10, 200, 30));
      expect(isHumanVisible(input)).toBe(false);
      layout(rect(1000, 10, 200, 30)); // left edge exactly at the layout width
      expect(isHumanVisible(input)).toBe(false);
      layout(rect(999, 10, 200, 30));
      expect(isHumanVisible(input)).toBe(true);
      layout(rect(1100, 10, 200, 30), { clientWidth: 800, innerWidth: 1200 });
      expect(isHumanVisible(input)).toBe(true);
      layout(rect(1100, 10, 200, 30), { clientWidth: 1200, innerWidth: 800 });
      expect(isHumanVisible(input)).toBe(true);
      layout(rect(900, 10, 200, 30), { scroll: [200, 0] }); // 1100 on the page
      expect(isHumanVisible(input)).toBe(false);
    });
  });
});
