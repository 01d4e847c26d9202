/* Triglot web page: calls the v1 API of `triglot serve` and shows its answers.
 *
 * Rules this file keeps:
 * - Every text that comes from the server (or from a file the user picked) goes into the page with
 *   textContent / createTextNode / setAttribute, never innerHTML: a name like `<script>` shows as text.
 * - Offsets in answers are Unicode scalar offsets; JavaScript strings are UTF-16, so texts are
 *   split with Array.from (one element per code point) before slicing.
 * - A 401 answer asks for the token once (kept in sessionStorage for this tab) and retries with
 *   `Authorization: Bearer TOKEN`.
 *
 * Stable hooks for tests (tools/server/browser-check.py) and for anyone scripting the page:
 *   #summary-form, #summary-text, #summary-file, #summary-sentences, #summary-submit
 *   #summary-error[role=alert]                 the server's message when a call fails
 *   #summary-output .sentence                  every sentence of the article ("document"), in order;
 *                                              textContent is exactly the sentence's text
 *   #summary-output .sentence.chosen           the sentences the summary chose (also labelled "Summary N")
 *   #summary-output .name[data-concept]        a known name (tabindex=0, aria-describedby → its forms)
 *   #summary-output .name.unknown              a name the glossary lacks (dashed; candidate forms)
 *   #summary-list li                           the summary, chosen sentences in summary order
 *   #name-popup                                the box with a name's three forms, shown on hover/focus
 *   #align-form, #align-source, #align-target, #align-source-file, #align-target-file, #align-submit
 *   #align-error[role=alert]
 *   #align-output tr.bead                      one row per bead: td.source | td.target | td.names
 *   #align-output .pair.known / .pair.proposed / .pair.candidate
 *                                              a name pair; data-source / data-target hold both forms;
 *                                              .tagword says "known" / "proposed" / "unconfirmed"
 *   #align-proposals li                        the pairs not in a glossary (.proposed, .candidate)
 *   #align-proposals button.add-glossary       "Add to team glossary" (proposals only), with select.kind-select;
 *                                              the answer (or the error) in .add-result
 *   #align-known-names li                      the known pairs (inside details#align-known)
 *   #lookup-form, #lookup-name, #lookup-from, #lookup-submit, #lookup-error,
 *   #lookup-output table.best-forms td[data-lang]
 *   #memory-form, #memory-text, #memory-minimum, #memory-submit, #memory-error,
 *   #memory-output li.match (.percentage, .match-text, .variants li)
 *   #glossary-downloads a[data-format]         tbx, tbx2, tmx, csv, tsv, json
 *   #token-panel, #token-input, #token-submit  shown after a 401
 */
"use strict";

(function () {
  const TOKEN_KEY = "triglot.token";
  const LANGUAGE_NAMES = { en: "English", zh: "Chinese", vi: "Vietnamese" };
  const LANGUAGES = ["en", "zh", "vi"];
  const CONCEPT_KINDS = ["person", "place", "organisation", "event", "document", "title"];

  // ---------------------------------------------------------------------------------------------
  // Small DOM helpers: every string child becomes a text node.

  function $(selector) { return document.querySelector(selector); }

  /** An element with `options` {className, lang, text, attrs} and children (nodes or strings). */
  function el(tag, options, ...children) {
    const node = document.createElement(tag);
    const o = options || {};
    if (o.className) node.className = o.className;
    if (o.lang) node.setAttribute("lang", o.lang);
    if (o.text !== undefined && o.text !== null) node.textContent = String(o.text);
    if (o.attrs) {
      for (const [key, value] of Object.entries(o.attrs)) {
        if (value !== undefined && value !== null && value !== false) node.setAttribute(key, String(value));
      }
    }
    for (const child of children) append(node, child);
    return node;
  }

  function append(parent, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) { child.forEach((c) => append(parent, c)); return; }
    parent.appendChild(typeof child === "string" || typeof child === "number"
      ? document.createTextNode(String(child)) : child);
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  /** BCP 47 tag for a `lang` attribute: Chinese as simplified (zh-Hans) so fonts draw mainland forms. */
  function langTag(code) {
    if (!code || typeof code !== "string") return "";
    if (code === "zh" || code.startsWith("zh-")) return code === "zh" ? "zh-Hans" : code;
    return code;
  }

  function languageName(code) { return LANGUAGE_NAMES[code] || String(code || "unknown language"); }

  function asText(value) {
    if (value === undefined || value === null) return "";
    return typeof value === "string" ? value : String(value);
  }

  function formatNumber(value, digits) {
    const n = Number(value);
    if (!Number.isFinite(n)) return asText(value);
    return Number.isInteger(n) ? String(n) : n.toFixed(digits);
  }

  let idCounter = 0;
  function newId(prefix) { idCounter += 1; return prefix + "-" + idCounter; }

  // ---------------------------------------------------------------------------------------------
  // API calls, errors and the token.

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  function getToken() {
    try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch (e) { return ""; }
  }
  function setToken(token) {
    try {
      if (token) sessionStorage.setItem(TOKEN_KEY, token); else sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* storage disabled: the token lives until the page is closed */ }
    memoryToken = token;
  }
  let memoryToken = "";

  /** Calls the API; JSON in, JSON out. Throws ApiError with the server's message on failure. */
  async function api(method, path, body) {
    for (;;) {
      const headers = { "Accept": "application/json" };
      if (body !== undefined) headers["Content-Type"] = "application/json";
      const token = getToken() || memoryToken;
      if (token) headers["Authorization"] = "Bearer " + token;
      let response;
      try {
        response = await fetch(path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials: "same-origin",
        });
      } catch (error) {
        throw new ApiError(0, "network", "The server did not answer (" + asText(error && error.message) +
          "). Check that `triglot serve` is running, then try again.");
      }
      const raw = await response.text();
      let data = null;
      try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
      const serverError = data && typeof data === "object" && data.error && typeof data.error === "object" ? data.error : null;
      if (response.status === 401) {
        const message = serverError && serverError.message ? asText(serverError.message)
          : "This server needs a token.";
        if (token) setToken("");
        const entered = await askForToken(message);
        if (entered) continue;
        throw new ApiError(401, "unauthorized", message);
      }
      if (!response.ok) {
        const message = serverError && serverError.message ? asText(serverError.message)
          : "HTTP " + response.status + " " + response.statusText + (raw && !data ? ": " + raw.slice(0, 300) : "");
        throw new ApiError(response.status, serverError ? asText(serverError.code) : "http", message);
      }
      if (data === null || typeof data !== "object") {
        throw new ApiError(response.status, "invalid_response", "The server's answer is not JSON.");
      }
      return data;
    }
  }

  let tokenRequest = null;
  /** Shows the token panel; resolves true once a token is entered, false on Cancel. */
  function askForToken(message) {
    if (tokenRequest) return tokenRequest.promise;
    const panel = $("#token-panel");
    let resolve;
    const promise = new Promise((r) => { resolve = r; });
    // Focus goes back where it was (the button that needed the token) once the panel closes.
    tokenRequest = { promise, resolve, returnFocus: document.activeElement };
    let note = $("#token-message");
    if (!note) {
      note = el("p", { attrs: { id: "token-message", role: "alert" }, className: "error" });
      panel.insertBefore(note, $("#token-form"));
    }
    note.textContent = message;
    panel.hidden = false;
    $("#token-input").value = "";
    panel.scrollIntoView({ block: "nearest" });
    $("#token-input").focus();
    return promise;
  }

  function finishTokenRequest(entered) {
    if (!tokenRequest) return;
    const { resolve, returnFocus } = tokenRequest;
    tokenRequest = null;
    $("#token-panel").hidden = true;
    if (returnFocus && returnFocus.isConnected && typeof returnFocus.focus === "function") returnFocus.focus();
    resolve(entered);
  }

  function setUpToken() {
    $("#token-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const token = $("#token-input").value.trim();
      if (!token) { $("#token-input").focus(); return; }
      setToken(token);
      finishTokenRequest(true);
    });
    $("#token-cancel").addEventListener("click", () => finishTokenRequest(false));
  }

  function showError(section, error) {
    const box = $("#" + section + "-error");
    const message = error instanceof ApiError ? error.message : asText(error && error.message ? error.message : error);
    box.hidden = false;
    clear(box);
    append(box, message);
    if (error instanceof ApiError && error.status) {
      append(box, el("span", { className: "error-code", text: " (" + error.code + ", HTTP " + error.status + ")" }));
    }
  }

  function hideError(section) {
    const box = $("#" + section + "-error");
    box.hidden = true;
    clear(box);
  }

  /** Runs a form's call: busy state on its button, status text, errors into its alert box. */
  async function run(section, busyText, work) {
    const button = $("#" + section + "-submit");
    const status = $("#" + section + "-status");
    const output = $("#" + section + "-output");
    hideError(section);
    button.disabled = true;
    status.textContent = busyText;
    output.setAttribute("aria-busy", "true");
    try {
      status.textContent = await work();
    } catch (error) {
      status.textContent = "";
      showError(section, error);
    } finally {
      button.disabled = false;
      output.removeAttribute("aria-busy");
    }
  }

  /** A file input fills a textarea (read as UTF-8 text with FileReader). */
  function wireFile(inputSelector, textareaSelector, section) {
    const input = $(inputSelector);
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      if (!file) return;
      const reader = new FileReader();
      reader.onload = () => {
        $(textareaSelector).value = asText(reader.result);
        $("#" + section + "-status").textContent = "Read " + file.name + ".";
      };
      reader.onerror = () => showError(section, new Error("Could not read " + file.name + ": " +
        asText(reader.error && reader.error.message)));
      reader.readAsText(file, "utf-8");
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Names: their three forms on hover and on keyboard focus.

  // Name key → {kind, forms, known, descriptionId}; a known name's key is its concept id, a name
  // the glossary lacks is keyed "unknown:" + its text and carries candidate forms.
  const nameInfo = new Map();

  function resetNames() {
    nameInfo.clear();
    clear($("#name-descriptions"));
    hidePopup();
  }

  /** Remembers a name's forms and writes its hidden description (for aria-describedby). */
  function registerName(key, kind, forms, known) {
    if (nameInfo.has(key)) return nameInfo.get(key);
    const descriptionId = newId("name-desc");
    const description = el("div", { attrs: { id: descriptionId } });
    const parts = [];
    if (!known) parts.push("Not in the glossary; possible forms");
    else if (kind) parts.push(kind);
    append(description, parts.length ? parts.join("") + ". " : "");
    let written = 0;
    for (const code of LANGUAGES) {
      if (!forms[code]) continue;
      append(description, (written ? "; " : "") + languageName(code) + ": ");
      append(description, el("span", { lang: langTag(code), text: forms[code] }));
      written += 1;
    }
    $("#name-descriptions").appendChild(description);
    const info = { key, kind, forms, known, descriptionId };
    nameInfo.set(key, info);
    return info;
  }

  function nameElement(text, info) {
    return el("span", {
      className: info.known ? "name" : "name unknown",
      text,
      attrs: {
        tabindex: "0",
        "data-key": info.key,
        "data-concept": info.known ? info.key : null,
        "data-kind": info.kind || null,
        "aria-describedby": info.descriptionId,
      },
    });
  }

  function showPopup(target) {
    const info = nameInfo.get(target.getAttribute("data-key"));
    if (!info) return;
    const popup = $("#name-popup");
    clear(popup);
    const heading = info.known ? info.kind : "not in the glossary — guesses";
    if (heading) popup.appendChild(el("div", { className: "popup-kind", text: heading }));
    const list = el("dl", { className: "forms" });
    for (const code of LANGUAGES) {
      if (!info.forms[code]) continue;
      list.appendChild(el("div", { attrs: { "data-lang": code } },
        el("dt", { text: code.toUpperCase(), attrs: { title: languageName(code) } }),
        el("dd", { lang: langTag(code), text: info.forms[code] })));
    }
    popup.appendChild(list);
    popup.hidden = false;
    const rect = target.getBoundingClientRect();
    const width = popup.offsetWidth;
    let left = rect.left + window.scrollX;
    left = Math.min(left, window.scrollX + document.documentElement.clientWidth - width - 8);
    left = Math.max(left, window.scrollX + 8);
    popup.style.left = left + "px";
    popup.style.top = (rect.bottom + window.scrollY + 6) + "px";
    popup.setAttribute("data-for", info.key);
  }

  function hidePopup() { $("#name-popup").hidden = true; }

  function setUpPopup() {
    document.addEventListener("mouseover", (event) => {
      const target = event.target.closest && event.target.closest(".name");
      if (target) showPopup(target);
    });
    document.addEventListener("mouseout", (event) => {
      const target = event.target.closest && event.target.closest(".name");
      if (target && target !== document.activeElement) hidePopup();
    });
    document.addEventListener("focusin", (event) => {
      const target = event.target.closest && event.target.closest(".name");
      if (target) showPopup(target); else hidePopup();
    });
    document.addEventListener("focusout", (event) => {
      if (event.target.closest && event.target.closest(".name")) hidePopup();
    });
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") hidePopup(); });
    window.addEventListener("resize", hidePopup);
  }

  /** The spans {start, end, info} of the names (known first on overlap), in scalar offsets, in order. */
  function nameSpans(known, unknown) {
    const spans = [];
    const add = (found, info, rank) => {
      for (const occurrence of Array.isArray(found.occurrences) ? found.occurrences : []) {
        const start = Number(occurrence && occurrence.start), end = Number(occurrence && occurrence.end);
        if (Number.isInteger(start) && Number.isInteger(end) && start < end) spans.push({ start, end, info, rank });
      }
    };
    for (const found of known) {
      if (!found || found.concept === undefined || found.concept === null) continue;
      const forms = found.forms && typeof found.forms === "object" ? found.forms : {};
      add(found, registerName(asText(found.concept), asText(found.kind), forms, true), 0);
    }
    for (const found of unknown) {
      if (!found || typeof found !== "object" || !found.text) continue;
      // The first candidate of each language is the best guess; the name itself in its own language.
      const forms = {};
      if (found.language) forms[asText(found.language)] = asText(found.text);
      for (const c of Array.isArray(found.candidates) ? found.candidates : []) {
        if (c && c.language && c.text && !forms[c.language]) forms[asText(c.language)] = asText(c.text);
      }
      add(found, registerName("unknown:" + asText(found.text), "", forms, false), 1);
    }
    spans.sort((a, b) => a.start - b.start || a.rank - b.rank || b.end - a.end);
    const kept = [];
    for (const span of spans) {
      if (!kept.length || kept[kept.length - 1].end <= span.start) kept.push(span);
    }
    return kept;
  }

  /** Appends scalars[from..<to] to `parent`, the known names inside it as focusable elements. */
  function appendWithNames(parent, scalars, from, to, spans) {
    let at = from;
    for (const span of spans) {
      if (span.end <= from || span.start < from) continue;
      if (span.start >= to) break;
      if (span.end > to) continue;
      if (span.start > at) append(parent, scalars.slice(at, span.start).join(""));
      parent.appendChild(nameElement(scalars.slice(span.start, span.end).join(""), span.info));
      at = span.end;
    }
    if (at < to) append(parent, scalars.slice(at, to).join(""));
  }

  // ---------------------------------------------------------------------------------------------
  // Summary.

  function setUpSummary() {
    wireFile("#summary-file", "#summary-text", "summary");
    $("#summary-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const text = $("#summary-text").value;
      if (!text.trim()) {
        showError("summary", new Error("Paste an article or choose a text file first."));
        $("#summary-text").focus();
        return;
      }
      const body = { text, names: true };
      const language = $("#summary-language").value;
      if (language && language !== "auto") body.language = language;
      const sentences = Number($("#summary-sentences").value);
      if (Number.isInteger(sentences) && sentences > 0) body.sentences = sentences;
      run("summary", "Summarizing…", async () => {
        const data = await api("POST", "v1/summarize", body);
        renderSummary(data, text);
        const chosen = Array.isArray(data.sentences) ? data.sentences.length : 0;
        const all = Array.isArray(data.document) ? data.document.length : 0;
        return "Summary ready: " + chosen + " of " + all + " sentences chosen.";
      });
    });
  }

  function renderSummary(data, text) {
    const output = $("#summary-output");
    clear(output);
    resetNames();
    const lang = langTag(data.language);
    const scalars = Array.from(text);
    const chosen = Array.isArray(data.sentences) ? data.sentences : [];
    // "document" is the article's sentences in order; "sentences" point into it by index.
    const documentSentences = Array.isArray(data.document) ? data.document : [];
    const rankByIndex = new Map();
    chosen.forEach((s, i) => rankByIndex.set(Number(s.index), i + 1));
    const known = data.names && Array.isArray(data.names.known) ? data.names.known : [];
    const unknown = data.names && Array.isArray(data.names.unknown) ? data.names.unknown : [];
    const spans = nameSpans(known, unknown);

    output.appendChild(el("h3", { text: "Summary" }));
    output.appendChild(el("p", {
      className: "meta",
      text: languageName(data.language) + " · " + chosen.length + " of " + documentSentences.length +
        " sentences · method " + asText(data.method || "auto"),
    }));
    const list = el("ol", { className: "summary-list", lang, attrs: { id: "summary-list" } });
    for (const s of chosen) list.appendChild(el("li", { text: s.text }));
    output.appendChild(list);

    output.appendChild(el("h3", { text: "The article, summary sentences marked" }));
    output.appendChild(el("p", {
      className: "legend",
      text: "Sentences labelled “Summary N” (shaded, with a bar on the left) form the summary. " +
        "Underlined names: point at one, or reach it with the Tab key, to see its English, Chinese and Vietnamese forms " +
        "(a dashed underline: not in the glossary, the forms are guesses).",
    }));
    const article = el("div", { className: "article", lang, attrs: { id: "summary-article" } });

    // The title, when it is a line of the text outside every sentence.
    const title = asText(data.title);
    if (title) {
      let titleStart = -1;
      const utf16 = text.indexOf(title);
      if (utf16 >= 0) titleStart = Array.from(text.slice(0, utf16)).length;
      const titleEnd = titleStart + Array.from(title).length;
      const inSentence = titleStart >= 0 && documentSentences.some((s) => Number(s.start) < titleEnd && Number(s.end) > titleStart);
      if (!inSentence) {
        const heading = el("p", { className: "article-title", attrs: { id: "summary-title" } });
        if (titleStart >= 0) appendWithNames(heading, scalars, titleStart, titleEnd, spans);
        else append(heading, title);
        article.appendChild(heading);
      }
    }

    let paragraph = null;
    let previousEnd = null;
    for (const s of documentSentences) {
      const start = Number(s.start), end = Number(s.end);
      const slice = scalars.slice(start, end).join("");
      const offsetsFit = Number.isInteger(start) && Number.isInteger(end) && slice === asText(s.text);
      const gap = previousEnd !== null && offsetsFit && start >= previousEnd ? scalars.slice(previousEnd, start).join("") : null;
      if (!paragraph || (gap !== null && gap.includes("\n")) || (gap === null && previousEnd !== null && !offsetsFit)) {
        paragraph = el("p");
        article.appendChild(paragraph);
      } else if (gap !== null) {
        append(paragraph, gap);
      } else {
        append(paragraph, " ");
      }
      const rank = rankByIndex.get(Number(s.index));
      if (rank) {
        paragraph.appendChild(el("span", { className: "chosen-badge", text: "Summary " + rank }));
      }
      const sentence = el("span", {
        className: rank ? "sentence chosen" : "sentence",
        attrs: { "data-index": asText(s.index), "data-rank": rank || null },
      });
      if (offsetsFit) appendWithNames(sentence, scalars, start, end, spans);
      else append(sentence, asText(s.text));
      paragraph.appendChild(sentence);
      previousEnd = offsetsFit ? end : null;
    }
    if (!documentSentences.length) {
      article.appendChild(el("p", { text: "The server sent no sentences for this article." }));
    }
    output.appendChild(article);
    renderNameList(output, known, unknown, lang);
  }

  function renderNameList(output, known, unknown, lang) {
    if (!known.length && !unknown.length) return;
    output.appendChild(el("h3", { text: "Names in the article" }));
    if (known.length) {
      const table = el("table", { className: "best-forms known-names stack", attrs: { id: "summary-names" } },
        el("caption", { className: "visually-hidden", text: "Known names and their three forms" }),
        el("thead", {}, el("tr", {},
          el("th", { text: "In the text", attrs: { scope: "col" } }),
          el("th", { text: "Kind", attrs: { scope: "col" } }),
          el("th", { text: "Times", attrs: { scope: "col" } }),
          LANGUAGES.map((code) => el("th", { text: languageName(code), attrs: { scope: "col" } })))));
      const body = el("tbody");
      for (const found of known) {
        const forms = found.forms && typeof found.forms === "object" ? found.forms : {};
        body.appendChild(el("tr", { attrs: { "data-concept": asText(found.concept) } },
          el("td", { lang, text: found.text, attrs: { "data-label": "In the text" } }),
          el("td", { text: found.kind, attrs: { "data-label": "Kind" } }),
          el("td", { text: found.count, attrs: { "data-label": "Times" } }),
          LANGUAGES.map((code) => el("td", {
            lang: langTag(code), text: forms[code] || "—", attrs: { "data-lang": code, "data-label": languageName(code) },
          }))));
      }
      table.appendChild(body);
      output.appendChild(el("div", { className: "table-wrap" }, table));
    }
    if (unknown.length) {
      const list = el("ul", { className: "unknown-names", attrs: { id: "summary-unknown" } });
      for (const item of unknown) {
        const label = typeof item === "object" && item !== null ? asText(item.text || item.name || "") : asText(item);
        const count = typeof item === "object" && item !== null && item.count ? " (" + formatNumber(item.count, 0) + "×)" : "";
        list.appendChild(el("li", {}, el("span", { lang, text: label }), count));
      }
      output.appendChild(el("p", { className: "meta", text: "Names not in the glossary:" }));
      output.appendChild(list);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Alignment.

  function setUpAlign() {
    wireFile("#align-source-file", "#align-source", "align");
    wireFile("#align-target-file", "#align-target", "align");
    $("#align-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const source = $("#align-source").value;
      const target = $("#align-target").value;
      if (!source.trim() || !target.trim()) {
        showError("align", new Error("Paste both articles (or choose two files) first."));
        (source.trim() ? $("#align-target") : $("#align-source")).focus();
        return;
      }
      run("align", "Aligning…", async () => {
        const data = await api("POST", "v1/align", { source, target, names: true });
        renderAlignment(data);
        const beads = Array.isArray(data.beads) ? data.beads.length : 0;
        return "Aligned: " + beads + " sentence pairs.";
      });
    });
  }

  function pairKey(pair) { return asText(pair.source) + "\u0000" + asText(pair.target); }

  /** "known", "proposed" (worth adding to the glossary) or "candidate" (neither). */
  function pairStatus(pair, proposedKeys) {
    if (pair.known === true) return "known";
    return proposedKeys.has(pairKey(pair)) ? "proposed" : "candidate";
  }

  const STATUS_LABEL = { known: "known", proposed: "proposed", candidate: "unconfirmed" };

  function pairElement(pair, status, sourceLang, targetLang) {
    return el("span", {
      className: "pair " + status,
      attrs: { "data-source": asText(pair.source), "data-target": asText(pair.target), "data-concept": pair.concept || null },
    },
    el("span", { className: "tagword", text: STATUS_LABEL[status] }),
    el("span", { className: "side source", lang: sourceLang, text: pair.source }),
    el("span", { className: "arrow", text: "↔", attrs: { "aria-hidden": "true" } }),
    el("span", { className: "visually-hidden", text: " paired with " }),
    el("span", { className: "side target", lang: targetLang, text: pair.target }));
  }

  /** `text` with every occurrence of the pairs' forms (on `side`) underlined, longest first. */
  function appendWithPairs(parent, text, pairs, side, statusOf) {
    const ranges = [];
    for (const pair of pairs) {
      const form = asText(pair[side]);
      if (!form) continue;
      let from = 0;
      for (;;) {
        const at = text.indexOf(form, from);
        if (at < 0) break;
        ranges.push({ start: at, end: at + form.length, status: statusOf(pair) });
        from = at + form.length;
      }
    }
    ranges.sort((a, b) => a.start - b.start || b.end - a.end);
    let at = 0;
    for (const range of ranges) {
      if (range.start < at) continue;
      if (range.start > at) append(parent, text.slice(at, range.start));
      parent.appendChild(el("span", { className: "name-ref " + range.status, text: text.slice(range.start, range.end) }));
      at = range.end;
    }
    if (at < text.length) append(parent, text.slice(at));
  }

  function renderAlignment(data) {
    const output = $("#align-output");
    clear(output);
    const sourceCode = asText(data.source_language);
    const targetCode = asText(data.target_language);
    const sourceLang = langTag(sourceCode);
    const targetLang = langTag(targetCode);
    const beads = Array.isArray(data.beads) ? data.beads : [];
    const names = Array.isArray(data.names) ? data.names : [];
    const proposals = Array.isArray(data.proposals) ? data.proposals : [];
    const proposedKeys = new Set(proposals.map(pairKey));
    // Every pair once: the names, then any proposal the names list lacks.
    const pairs = names.slice();
    const seen = new Set(names.map(pairKey));
    for (const p of proposals) if (!seen.has(pairKey(p))) { pairs.push(p); seen.add(pairKey(p)); }
    const statusOf = (pair) => pairStatus(pair, proposedKeys);
    const counts = { known: 0, proposed: 0, candidate: 0 };
    pairs.forEach((p) => { counts[statusOf(p)] += 1; });

    output.appendChild(el("p", {
      className: "meta",
      text: languageName(sourceCode) + " → " + languageName(targetCode) + " · " + beads.length + " sentence pairs · " +
        pairs.length + " name pairs (" + counts.known + " known, " + counts.proposed + " proposed" +
        (counts.candidate ? ", " + counts.candidate + " unconfirmed" : "") + ")",
    }));

    // Proposals first (they ask for a decision), the table, then the known pairs folded away
    // (each row lists its own pairs anyway): a phone reaches the sentences without a long scroll.
    const pairItem = (pair) => {
      const status = statusOf(pair);
      const item = el("li", { className: status },
        pairElement(pair, status, sourceLang, targetLang),
        el("span", {
          className: "pair-meta",
          text: formatNumber(pair.count, 0) + "× · " + asText(pair.rule) +
            (pair.via ? " via " + asText(pair.via) : "") + " · score " + formatNumber(pair.score, 2),
        }));
      if (status === "proposed") item.appendChild(addToGlossaryButton(pair, sourceCode, targetCode));
      return item;
    };
    const unknownPairs = pairs.filter((p) => statusOf(p) !== "known");
    const knownPairs = pairs.filter((p) => statusOf(p) === "known");
    output.appendChild(el("h3", { text: "Name pairs to check" }));
    if (unknownPairs.length) {
      output.appendChild(el("p", {
        className: "legend",
        text: "“proposed”: paired by Triglot, not in any glossary yet, and worth adding to the team glossary once checked. " +
          "“known”: both forms are in a glossary.",
      }));
      const list = el("ul", { className: "name-pairs", attrs: { id: "align-proposals" } });
      unknownPairs.forEach((pair) => list.appendChild(pairItem(pair)));
      output.appendChild(list);
    } else {
      output.appendChild(el("p", {
        attrs: { id: "align-proposals" },
        text: pairs.length ? "None: every name pair is in a glossary already." : "No names were paired.",
      }));
    }

    output.appendChild(el("h3", { text: "Sentences side by side" }));
    const table = el("table", { className: "beads stack", attrs: { id: "align-table" } },
      el("caption", { className: "visually-hidden", text: "Aligned sentences: source, target and the names they share" }),
      el("thead", {}, el("tr", {},
        el("th", { className: "col-num", text: "#", attrs: { scope: "col" } }),
        el("th", { className: "col-source", text: languageName(sourceCode), attrs: { scope: "col" } }),
        el("th", { className: "col-target", text: languageName(targetCode), attrs: { scope: "col" } }),
        el("th", { text: "Names", attrs: { scope: "col" } }))));
    const body = el("tbody");
    beads.forEach((bead, i) => {
      const here = pairs.filter((p) => Array.isArray(p.beads) && p.beads.map(Number).includes(i));
      const sourceCell = el("td", { className: "source", lang: sourceLang, attrs: { "data-label": languageName(sourceCode) } });
      appendWithPairs(sourceCell, asText(bead.source), here, "source", statusOf);
      const targetCell = el("td", { className: "target", lang: targetLang, attrs: { "data-label": languageName(targetCode) } });
      appendWithPairs(targetCell, asText(bead.target), here, "target", statusOf);
      const namesCell = el("td", { className: "names", attrs: { "data-label": "Names" } });
      if (here.length) {
        const ul = el("ul", { className: "pairs" });
        for (const pair of here) ul.appendChild(el("li", {}, pairElement(pair, statusOf(pair), sourceLang, targetLang)));
        namesCell.appendChild(ul);
      }
      body.appendChild(el("tr", { className: "bead", attrs: { "data-bead": i, "data-kind": asText(bead.bead) } },
        el("td", { className: "num", text: (i + 1) + " (" + asText(bead.bead) + ")", attrs: { "data-label": "Pair" } }),
        sourceCell, targetCell, namesCell));
    });
    table.appendChild(body);
    output.appendChild(el("div", { className: "table-wrap" }, table));

    if (knownPairs.length) {
      const details = el("details", { className: "known-pairs", attrs: { id: "align-known" } },
        el("summary", { text: "Known name pairs (" + knownPairs.length + ")" }));
      const list = el("ul", { className: "name-pairs", attrs: { id: "align-known-names" } });
      knownPairs.forEach((pair) => list.appendChild(pairItem(pair)));
      details.appendChild(list);
      output.appendChild(details);
    }

    // The pairs can feed the translation memory that the search box below reads.
    const result = el("span", { className: "add-result", attrs: { id: "align-memory-result", role: "status" } });
    const save = el("button", { className: "small secondary", text: "Add these sentence pairs to the translation memory", attrs: { type: "button", id: "align-memory-save" } });
    save.addEventListener("click", async () => {
      save.disabled = true;
      clear(result);
      result.removeAttribute("role");
      try {
        const answer = await api("POST", "v1/memory/units", data);
        result.setAttribute("role", "status");
        result.className = "add-result ok";
        result.textContent = "Added " + formatNumber(answer.added, 0) + " of " + formatNumber(answer.read, 0) +
          " pairs (memory now holds " + formatNumber(answer.total, 0) + ").";
      } catch (error) {
        result.setAttribute("role", "alert");
        result.className = "add-result inline-error";
        result.textContent = "Not added: " + asText(error.message);
      } finally {
        save.disabled = false;
      }
    });
    output.appendChild(el("div", { className: "actions" }, save, result));
  }

  function addToGlossaryButton(pair, sourceCode, targetCode) {
    const wrap = el("span", { className: "add-wrap" });
    // The server files a concept as a person unless told otherwise: let the user say what it names.
    const kindId = newId("kind");
    const kindSelect = el("select", { className: "kind-select", attrs: { id: kindId } });
    for (const kind of CONCEPT_KINDS) kindSelect.appendChild(el("option", { text: kind, attrs: { value: kind } }));
    kindSelect.value = CONCEPT_KINDS.includes(asText(pair.kind)) ? asText(pair.kind) : "person";
    wrap.appendChild(el("label", { className: "kind-label", text: "Kind", attrs: { for: kindId } }));
    wrap.appendChild(kindSelect);
    wrap.appendChild(document.createTextNode(" "));
    const label = "Add to team glossary";
    const button = el("button", {
      className: "small add-glossary",
      text: label,
      attrs: { type: "button", "aria-label": label + ": " + asText(pair.source) + " ↔ " + asText(pair.target) },
    });
    const result = el("span", { className: "add-result" });
    button.addEventListener("click", async () => {
      button.disabled = true;
      clear(result);
      result.removeAttribute("role");
      const body = {};
      body[sourceCode] = asText(pair.source);
      body[targetCode] = asText(pair.target);
      body.kind = kindSelect.value;
      try {
        const answer = await api("POST", "v1/glossary/concepts", body);
        result.setAttribute("role", "status");
        result.className = "add-result ok";
        const total = Number(answer.total);
        result.textContent = "Added to the team glossary" + (Number.isFinite(total)
          ? " (" + total + (total === 1 ? " concept" : " concepts") + " in it now)." : ".");
        button.textContent = "Added";
        // The button stays disabled: keyboard focus moves to the answer instead of being lost.
        result.setAttribute("tabindex", "-1");
        result.focus();
      } catch (error) {
        result.setAttribute("role", "alert");
        result.className = "add-result inline-error";
        result.textContent = "Not added: " + asText(error.message);
        button.disabled = false;
        button.focus();
      }
    });
    wrap.appendChild(button);
    wrap.appendChild(document.createTextNode(" "));
    wrap.appendChild(result);
    return wrap;
  }

  // ---------------------------------------------------------------------------------------------
  // Name lookup.

  function setUpLookup() {
    $("#lookup-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const name = $("#lookup-name").value.trim();
      if (!name) {
        showError("lookup", new Error("Type a name first."));
        $("#lookup-name").focus();
        return;
      }
      const body = { name };
      const from = $("#lookup-from").value;
      if (from && from !== "auto") body.from = from;
      run("lookup", "Looking up…", async () => {
        const data = await api("POST", "v1/names/lookup", body);
        renderLookup(data, name);
        return "Found the forms of " + asText(data.query || name) + ".";
      });
    });
  }

  function renderLookup(data, name) {
    const output = $("#lookup-output");
    clear(output);
    const from = asText(data.from);
    output.appendChild(el("h3", {}, el("span", { lang: langTag(from) || null, text: data.query || name })));
    const facts = [];
    if (from) facts.push("written in " + languageName(from));
    if (data.kind) facts.push(asText(data.kind));
    facts.push(data.concept ? "in the glossary (" + asText(data.concept) + ")" : "not in the glossary");
    if (data.matched) facts.push("matched " + asText(data.matched));
    output.appendChild(el("p", { className: "meta", text: facts.join(" · ") }));
    if (data.note) output.appendChild(el("p", { className: "note", text: data.note }));
    const best = data.best && typeof data.best === "object" ? data.best : {};
    const table = el("table", { className: "best-forms", attrs: { id: "lookup-best" } },
      el("caption", { className: "visually-hidden", text: "Best form in each language" }));
    const body = el("tbody");
    // The answer leaves out the name's own language: show the name as written there.
    const forms = Object.assign({}, best);
    if (LANGUAGES.includes(from) && !(from in forms)) forms[from] = asText(data.query || name);
    const codes = LANGUAGES.concat(Object.keys(forms).filter((c) => !LANGUAGES.includes(c)));
    for (const code of codes) {
      if (!(code in forms)) continue;
      body.appendChild(el("tr", {},
        el("th", { text: languageName(code), attrs: { scope: "row" } }),
        el("td", { lang: langTag(code), text: forms[code] || "—", attrs: { "data-lang": code } })));
    }
    table.appendChild(body);
    output.appendChild(table);
    const candidates = data.candidates && typeof data.candidates === "object" ? data.candidates : {};
    const details = el("details", { className: "candidates" }, el("summary", { text: "All candidates" }));
    let any = false;
    for (const code of Object.keys(candidates)) {
      const items = Array.isArray(candidates[code]) ? candidates[code] : [];
      if (!items.length) continue;
      any = true;
      const ul = el("ul");
      for (const c of items) {
        ul.appendChild(el("li", {},
          el("span", { lang: langTag(code), text: c.text }),
          " — " + asText(c.source) + (c.confidence !== undefined ? ", confidence " + formatNumber(c.confidence, 2) : "")));
      }
      details.appendChild(el("p", { className: "meta", text: languageName(code) }));
      details.appendChild(ul);
    }
    if (any) output.appendChild(details);
    if (data.origin && Array.isArray(data.origin.why) && data.origin.why.length) {
      const why = el("details", { className: "candidates" }, el("summary", { text: "Why this origin" }));
      const ul = el("ul");
      data.origin.why.forEach((w) => ul.appendChild(el("li", { text: w })));
      why.appendChild(ul);
      output.appendChild(why);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Memory search.

  function setUpMemory() {
    $("#memory-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const text = $("#memory-text").value.trim();
      if (!text) {
        showError("memory", new Error("Type a sentence to search for first."));
        $("#memory-text").focus();
        return;
      }
      const body = { text };
      const minimum = Number($("#memory-minimum").value);
      if ($("#memory-minimum").value !== "" && Number.isFinite(minimum)) body.minimum = Math.max(0, Math.min(100, minimum));
      run("memory", "Searching…", async () => {
        const data = await api("POST", "v1/memory/search", body);
        const matches = Array.isArray(data.matches) ? data.matches : [];
        renderMemory(matches, body.minimum === undefined ? 70 : body.minimum);
        return matches.length + (matches.length === 1 ? " match." : " matches.");
      });
    });
  }

  function renderMemory(matches, minimum) {
    const output = $("#memory-output");
    clear(output);
    if (!matches.length) {
      output.appendChild(el("p", { text: "No match at or above " + formatNumber(minimum, 0) + "%." }));
      return;
    }
    const list = el("ol", { className: "matches", attrs: { id: "memory-matches" } });
    for (const match of matches) {
      const item = el("li", { className: "match", attrs: { "data-id": match.id === undefined ? null : asText(match.id) } },
        el("span", { className: "percentage", text: formatNumber(match.percentage, 1) + "%" }),
        el("span", { className: "lang-code", text: asText(match.lang) }),
        el("span", { className: "match-text", lang: langTag(match.lang) || null, text: match.text }));
      if (match.source) item.appendChild(el("div", { className: "meta", text: "From " + asText(match.source) }));
      const variants = Array.isArray(match.variants) ? match.variants : [];
      if (variants.length) {
        const ul = el("ul", { className: "variants" });
        for (const v of variants) {
          ul.appendChild(el("li", {},
            el("span", { className: "lang-code", text: asText(v.lang) }),
            el("span", { lang: langTag(v.lang) || null, text: v.text })));
        }
        item.appendChild(ul);
      }
      list.appendChild(item);
    }
    output.appendChild(list);
  }

  // ---------------------------------------------------------------------------------------------

  function start() {
    setUpToken();
    setUpPopup();
    setUpSummary();
    setUpAlign();
    setUpLookup();
    setUpMemory();
    document.documentElement.setAttribute("data-ready", "true");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
