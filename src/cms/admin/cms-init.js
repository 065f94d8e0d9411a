/* global CMS, h, createClass */
// The CMS's start (served as a file: /admin/ runs under a Content-Security-Policy
// without inline scripts). It registers the page body's editor, reads the
// configuration the build generated, points the local backend at this origin
// (decap-server's middleware under `npm run edit`) and starts Decap CMS.

// Decap shows a failed save as 保存内容失败: <error>, and an error from its backend reads
// "API_ERROR: <message>". The message is the edit server's or the save check's (cms-check.js),
// in Chinese, for the editor: shown alone.
const errorText = Error.prototype.toString;
Error.prototype.toString = function toString() {
  return this instanceof Error && ['API_ERROR', 'SAVE_REFUSED'].includes(this.name)
    ? this.message
    : errorText.call(this);
};

/** The page body: raw Markdown/MDX, with a form that inserts a data component at the cursor. */
const MdxBody = createClass({
  getInitialState() {
    return { chosen: '' };
  },
  insert() {
    const code = this.state.chosen;
    if (!code) return;
    const value = this.props.value || '';
    const area = this.area;
    const start = area ? area.selectionStart : value.length;
    const end = area ? area.selectionEnd : value.length;
    this.props.onChange(value.slice(0, start) + code + value.slice(end));
  },
  render() {
    const snippets = (this.props.field.get('snippets') || []).toJS ? this.props.field.get('snippets').toJS() : [];
    const groups = [];
    for (const s of snippets) {
      const group = groups.find((g) => g.name === s.group);
      if (group) group.items.push(s);
      else groups.push({ name: s.group, items: [s] });
    }
    const id = this.props.forID;
    return h(
      'div',
      { className: 'mdx-body' },
      h('textarea', {
        id,
        className: this.props.classNameWrapper,
        style: { minHeight: '24em', fontFamily: 'monospace', width: '100%' },
        value: this.props.value || '',
        ref: (el) => {
          this.area = el;
        },
        onChange: (e) => this.props.onChange(e.target.value),
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      }),
      h(
        'div',
        { className: 'mdx-insert', style: { display: 'flex', gap: '8px', marginTop: '8px', flexWrap: 'wrap' } },
        h('label', { htmlFor: `${id}-insert` }, '插入数据：'),
        h(
          'select',
          {
            id: `${id}-insert`,
            value: this.state.chosen,
            onChange: (e) => this.setState({ chosen: e.target.value }),
            style: { maxWidth: '100%' },
          },
          h('option', { value: '' }, '选择要显示的价格、说明或表格…'),
          ...groups.map((g) =>
            h(
              'optgroup',
              { key: g.name, label: g.name },
              ...g.items.map((s) => h('option', { key: s.code, value: s.code }, s.label)),
            ),
          ),
        ),
        h('button', { type: 'button', onClick: () => this.insert(), disabled: !this.state.chosen }, '插入'),
      ),
      h(
        'p',
        { style: { fontSize: '13px', color: '#555' } },
        '价格请用“插入数据”放进正文，不要直接写数字：资费调整后页面会自动更新。',
      ),
    );
  },
});

/** Text as HTML text: labels are the tariff's words, never markup. */
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * The page body in the preview pane, drawn as the page's text is: Decap's own
 * Markdown preview (which sanitizes the HTML it makes), with each data
 * component shown as a marked box naming what the page shows there
 * (〔价格 · 彩铃功能 · 功能费〕), by the 插入数据 list's words.
 */
const MarkdownPreview = CMS.getWidget('markdown') && CMS.getWidget('markdown').preview;
const BodyPreview = createClass({
  render() {
    const field = this.props.field;
    const snippets = field && field.get('snippets') && field.get('snippets').toJS ? field.get('snippets').toJS() : [];
    const labels = new Map(snippets.map((s) => [s.code.replace(/\s+/g, ' '), s.label]));
    const value = (this.props.value || '').replace(/<([A-Z][A-Za-z]*)\b[^<>]*\/>/g, (tag, name) => {
      const label = labels.get(tag.replace(/\s+/g, ' ')) || `数据 · ${name}`;
      return `<mark class="data-preview" style="background:#e8f0fb;border-radius:3px;padding:0 3px">〔${escapeHtml(label)}〕</mark>`;
    });
    if (!MarkdownPreview) return h('pre', { style: { whiteSpace: 'pre-wrap' } }, value);
    return h(MarkdownPreview, { ...this.props, value });
  },
});

CMS.registerWidget('mdx-body', MdxBody, BodyPreview, {
  properties: { snippets: { type: 'array', items: { type: 'object' } } },
});

/**
 * The number list (inventory/numbers.csv) is kept as its text (the csv-text
 * format) and replaced by a CSV file chosen on the editor's computer (the
 * csv-upload widget). Excel's plain "CSV" on a Chinese Windows is GBK: a file
 * that is not UTF-8 is read as GB18030 and saved as UTF-8, and the editor is told.
 */
CMS.registerCustomFormat('csv-text', 'csv', {
  fromFile: (text) => ({ csv: text }),
  toFile: (data) => (data && typeof data.csv === 'string' ? data.csv : ''),
});

/** Rows of numbers: the lines that are not blank, less the header. */
const numberRows = (text) => Math.max(0, (text || '').split(/\r?\n/).filter((line) => line.trim() !== '').length - 1);

function decodeCsv(buffer) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), converted: false };
  } catch {
    return { text: new TextDecoder('gb18030').decode(buffer), converted: true };
  }
}

const CsvUpload = createClass({
  getInitialState() {
    return { read: '' };
  },
  choose(event) {
    const file = event.target.files && event.target.files[0];
    if (!file) return;
    file.arrayBuffer().then((buffer) => {
      const { text, converted } = decodeCsv(buffer);
      const csv = text.replace(/^\uFEFF/, '');
      this.props.onChange(csv);
      this.setState({
        read:
          `已读入 ${file.name}：${numberRows(csv)} 行号码` +
          (converted ? '（原文件是 GBK 编码，已转为 UTF-8）' : '') +
          '。点“发布”保存；有问题的行会在保存前列出，不会写入。',
      });
    });
  },
  render() {
    const value = this.props.value || '';
    return h(
      'div',
      { className: this.props.classNameWrapper },
      h(
        'p',
        { 'data-testid': 'inventory-count' },
        value ? `现在的清单：${numberRows(value)} 行号码` : '还没有号码清单',
      ),
      h('input', { id: this.props.forID, type: 'file', accept: '.csv,text/csv', onChange: (e) => this.choose(e) }),
      this.state.read && h('p', { role: 'status', 'data-testid': 'inventory-read' }, this.state.read),
    );
  },
});
CMS.registerWidget('csv-upload', CsvUpload);

/**
 * A page in the preview pane as a visitor reads it: its heading (a plan's or
 * add-on's name, as the 编号 list shows it, or the page's title), its
 * description, then the body.
 */
const PagePreview = createClass({
  render() {
    const { entry, collection, widgetFor } = this.props;
    const data = entry.get('data');
    const idField = collection.get('fields').find((f) => ['plan', 'addon'].includes(f.get('name')));
    let title = data.get('title');
    if (idField) {
      const id = data.get(idField.get('name'));
      const option = (idField.get('options') || []).find((o) => o.get && o.get('value') === id);
      title = option ? option.get('label') : id;
    }
    return h(
      'article',
      { style: { fontFamily: 'system-ui, sans-serif', lineHeight: 1.7, maxWidth: '46rem', margin: '0 auto' } },
      h('h1', {}, title || ''),
      h('p', { style: { color: '#555' } }, data.get('description') || ''),
      widgetFor('body'),
    );
  },
});
for (const name of ['plans', 'addons', 'pages']) CMS.registerPreviewTemplate(name, PagePreview);

// Decap's Chinese words lack the list's 添加 button: fill in what is missing.
const zh = CMS.getLocale('zh_Hans');
if (zh && zh.editor && zh.editor.editorWidgets) {
  const list = zh.editor.editorWidgets.list || {};
  zh.editor.editorWidgets.list = { ...list, add: list.add || '添加%{item}', addType: list.addType || '添加%{item}' };
}

/**
 * A collapsed change item names its datum by its words, not its data path
 * (「调整价格 - 彩铃功能 · 功能费（元/年，现为 100） → 120」, not
 * addons.ringback.charges.fee.amount): Decap's summaries can only print a
 * field's value, so the paths in the list's item headers are replaced by the
 * labels the configuration gives them in the pick lists.
 */
function namePathsInItemHeaders(config) {
  const changes = config.collections.find((c) => c.name === 'changes');
  const list = changes && changes.fields.find((f) => f.name === 'changes');
  const words = new Map();
  for (const type of (list && list.types) || [])
    for (const field of type.fields || [])
      for (const option of field.options || []) if (option.value && option.label) words.set(option.value, option.label);
  if (words.size === 0) return;
  const escaped = [...words.keys()]
    .sort((a, b) => b.length - a.length)
    .map((path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const paths = new RegExp(`(?<![\\w.-])(?:${escaped.join('|')})(?![\\w.-])`, 'g');
  const rename = (text) => {
    const parent = text.parentElement;
    // Only a list item's summary (Decap's NestedObjectLabel), never a field or a notice.
    if (!parent || !parent.closest('[class*="NestedObjectLabel"]')) return;
    const named = text.nodeValue.replace(paths, (path) => words.get(path));
    if (named !== text.nodeValue) text.nodeValue = named;
  };
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return rename(node);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) rename(text);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') visit(record.target);
      for (const node of record.addedNodes) visit(node);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

fetch(new URL('config.json', document.baseURI))
  .then((response) => {
    if (!response.ok) throw new Error(`config.json: ${response.status}`);
    return response.json();
  })
  .then((config) => {
    // Decap wants absolute addresses: the local backend answers on this origin.
    const local = new URL(config.local_backend.url, location.origin).href;
    config.local_backend = { url: local };
    if (config.backend.name === 'proxy') config.backend.proxy_url = local;
    CMS.init({ config });
    namePathsInItemHeaders(config);
  })
  .catch((error) => {
    document.body.textContent = `内容管理无法启动：${error.message}`;
  });
