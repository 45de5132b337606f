import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { create } from 'qrcode';

/** Modules of empty margin the QR specification asks for around the symbol. */
const QUIET_ZONE = 4;

/** The dark modules of a QR code as one SVG path: a unit square per module. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
      }
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: parts.join('') };
}

/**
 * A QR code drawn as vector paths in the template: crisp on a projector at any size, and no
 * canvas or data URL for the content security policy to refuse.
 */
@Component({
  selector: 'lib-qr-code',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let q = qr();
    <svg
      [attr.viewBox]="'0 0 ' + q.size + ' ' + q.size"
      role="img"
      [attr.aria-label]="label()"
      shape-rendering="crispEdges"
      data-testid="qr-code"
    >
      <rect [attr.width]="q.size" [attr.height]="q.size" fill="#fff" />
      <path [attr.d]="q.path" fill="#000" />
    </svg>
  `,
  styles: `
    :host {
      display: block;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
  `,
})
export class QrCode {
  readonly text = input.required<string>();
  readonly label = input.required<string>();

  protected readonly qr = computed(() => qrPath(this.text()));
}
