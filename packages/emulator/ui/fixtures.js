// The dashboard's Fixtures view: JSON files picked or dropped are read here, in the browser, and
// sent as objects to POST /emulator/fixtures (never as paths: the emulator reads no file for the
// page); what is loaded comes from GET /emulator/fixtures; Export downloads
// GET /emulator/fixtures/export, which the form (and --fixtures) take back.

/** Files past this many bytes of JSON go in more than one request (the body limit is 16 MiB). */
const BATCH_BYTES = 8 * 1024 * 1024;
const EXPORT_NAME = "spotify-emulator-fixtures.json";

/**
 * @param {{ el: Function, call: (method: string, path: string, body?: unknown) => Promise<any>, $: (s: string) => HTMLElement }} ui
 * @returns {() => Promise<void>} refreshes the view
 */
export function setupFixtures({ el, call, $ }) {
  const status = $("#fixture-status");
  const input = /** @type {HTMLInputElement} */ ($('#fixture-form [name="files"]'));
  const say = (text, error = false) => {
    status.className = error ? "error" : "";
    status.textContent = text;
  };

  async function refresh() {
    const { counts, documents, summary } = await call("GET", "fixtures");
    const rows = Object.entries(counts).filter(([, n]) => n > 0);
    $("#fixture-counts tbody").replaceChildren(
      ...(rows.length ? rows.map(([type, n]) => el("tr", {}, el("td", { text: type }), el("td", { text: n }))) : [el("tr", {}, el("td", { colspan: 2, class: "muted", text: "no fixtures loaded" }))]),
    );
    $("#fixture-summary").textContent = `${summary} · ${documents.length} document${documents.length === 1 ? "" : "s"}`;
  }

  /** Each file's JSON; a file holding a list (an export) gives its elements, each its own document. */
  async function read(files) {
    const values = [];
    const names = [];
    for (const file of files) {
      let value;
      try {
        value = JSON.parse(await file.text());
      } catch (error) {
        throw new Error(`${file.name} is not JSON (${error.message})`);
      }
      const list = Array.isArray(value) ? value : [value];
      list.forEach((v, i) => {
        values.push(v);
        names.push(Array.isArray(value) ? `${file.name}[${i}]` : file.name);
      });
    }
    return { values, names };
  }

  async function load(files) {
    if (!files.length) return say("Choose or drop one or more JSON files first.", true);
    say(`Loading ${files.length} file${files.length === 1 ? "" : "s"}…`);
    try {
      const { values, names } = await read(files);
      let start = 0;
      while (start < values.length) {
        let end = start;
        let bytes = 0;
        do bytes += JSON.stringify(values[end++]).length;
        while (end < values.length && bytes < BATCH_BYTES);
        try {
          await call("POST", "fixtures", values.slice(start, end));
        } catch (error) {
          // The emulator names the document by its place in the body: name the file instead.
          throw new Error(error.message.replace(/body\[(\d+)\]/, (_, i) => names[start + Number(i)]));
        }
        start = end;
      }
      say(`Loaded ${[...new Set(files.map((f) => f.name))].join(", ")}.`);
      input.value = "";
    } catch (error) {
      say(error.message, true);
    }
    await refresh();
  }

  $("#fixture-form").addEventListener("submit", (e) => {
    e.preventDefault();
    load([...(input.files ?? [])]);
  });
  const drop = $("#fixture-drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    load([...(/** @type {DragEvent} */ (e).dataTransfer?.files ?? [])]);
  });

  $("#fixture-export").addEventListener("click", async () => {
    try {
      const res = await fetch("/emulator/fixtures/export");
      if (!res.ok) throw new Error(`the export answered ${res.status}`);
      const url = URL.createObjectURL(new Blob([await res.text()], { type: "application/json" }));
      const link = el("a", { href: url, download: EXPORT_NAME, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      say(`Exported to ${EXPORT_NAME}.`);
    } catch (error) {
      say(error.message, true);
    }
  });

  return refresh;
}
