export const meta = { id: "import", number: 6, title: "import" };
export async function run() { return { unavailable: "this section (being written)" }; }
