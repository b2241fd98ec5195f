import { PAGE_DATA_ID, type FormPageData } from './form-page-data.js';

export interface FormPageInput {
  data: FormPageData;
  /** The bundled form script (dist/form/form-app.js). */
  appScript: string;
  /** The plan's submission validator (validator-script.ts). */
  validatorScript: string;
}

/**
 * Nothing leaves the page: no request of any kind (fetch, images, fonts, form posts) is allowed,
 * only the page's own inline script and style. A saved file is a download the person makes.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/** Text inside <script> must not close the element or open an HTML comment. */
const inScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#f3f4f6}
header{background:#8b1a1a;color:#fff;padding:.6rem 1rem}
header h1{font-size:1.15rem;margin:0}
header p{margin:.15rem 0 0;font-size:.85rem;opacity:.9}
main{max-width:1100px;margin:0 auto;padding:.75rem .75rem 9rem}
h2{font-size:1.05rem;margin:.2rem 0 .6rem}
.card{background:#fff;border:1px solid #d6d8dc;border-radius:6px;padding:.75rem 1rem;margin:0 0 .75rem}
fieldset.card{min-width:0}
legend{font-weight:600;padding:0 .25rem}
.group>h2{margin:1.2rem 0 .5rem;color:#8b1a1a}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:.2rem 1rem}
.field{margin:.35rem 0;display:flex;flex-direction:column;position:relative}
.field.wide{grid-column:1/-1}
label{font-weight:500;margin-bottom:.15rem}
input,select,textarea{font:inherit;padding:.35rem .5rem;border:1px solid #9aa0a6;border-radius:4px;background:#fff;width:100%}
textarea{resize:vertical}
input.number{max-width:12rem}
:focus-visible{outline:3px solid #1a5fb4;outline-offset:1px}
[aria-invalid=true]{border-color:#b00020;background:#fff5f5}
.help{color:#555;font-size:.85rem}
.msgs:empty{display:none}
.msg{margin:.2rem 0 0;padding:.3rem .5rem;border-radius:4px;font-size:.9rem}
.msg.error{background:#fde8e8;color:#8a0015}
.msg.warning{background:#fff4d6;color:#5c4300}
.msg .hint{color:#333}
.listbox{position:absolute;top:100%;left:0;right:0;z-index:5;margin:0;padding:0;list-style:none;background:#fff;border:1px solid #9aa0a6;max-height:16rem;overflow:auto}
.listbox li{padding:.35rem .5rem;cursor:pointer}
.listbox li[aria-selected=true]{background:#1a5fb4;color:#fff}
.deadline{font-weight:600;color:#8b1a1a}
.notice:empty{display:none}
.notice{background:#e7f0fb;border:1px solid #b6cdee;padding:.5rem .75rem;border-radius:6px}
.actions{display:flex;flex-wrap:wrap;gap:.5rem}
button,.button{font:inherit;padding:.45rem .8rem;border-radius:4px;border:1px solid #1a5fb4;cursor:pointer;display:inline-block}
.primary{background:#1a5fb4;color:#fff;font-weight:600}
.secondary{background:#fff;color:#1a5fb4}
label.button{position:relative}
input.file{position:absolute;left:0;top:0;width:1px;height:1px;opacity:0}
label.button:focus-within{outline:3px solid #1a5fb4;outline-offset:1px}
.bar{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:2px solid #d6d8dc;padding:.4rem .75rem;max-height:38vh;overflow:auto;z-index:10}
.bar-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;max-width:1100px;margin:0 auto}
#counts{flex:1;margin:0;font-weight:600}
#counts.has-errors{color:#8a0015}
#counts.has-warnings{color:#5c4300}
#counts.ok{color:#1e6b2d}
#findings-box{max-width:1100px;margin:.2rem auto 0;font-size:.9rem}
#findings-box summary{cursor:pointer;color:#1a5fb4}
.findings{max-height:26vh;overflow:auto;margin:.2rem 0 0;padding-left:1.2rem}
.findings li.error a{color:#8a0015}
.findings li.warning a{color:#5c4300}
@media (max-width:600px){main{padding:.5rem .4rem 10rem}.card{padding:.6rem}.grid{grid-template-columns:1fr}input.number{max-width:none}}
`;

/** The whole form as one HTML file: the data, the validator and the script inline, nothing fetched. */
export function renderFormPage(input: FormPageInput): string {
  const { data } = input;
  const title = `Báo cáo tháng — Kế hoạch số ${data.plan.number}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE.trim()}</style>`,
    '</head>',
    '<body>',
    `<noscript><p>Trang này cần JavaScript để chạy: hãy bật JavaScript trong trình duyệt (Chrome, Edge, Firefox, Cốc Cốc).</p></noscript>`,
    `<script type="application/json" id="${PAGE_DATA_ID}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`,
    `<script>${inScript(input.validatorScript)}</script>`,
    `<script>${inScript(input.appScript)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
