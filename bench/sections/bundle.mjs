export const meta = { id: "bundle", number: 5, title: "bundle" };
export async function run() { return { unavailable: "this section (being written)" }; }
