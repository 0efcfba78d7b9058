export const meta = { id: "https", number: 3, title: "https" };
export async function run() { return { unavailable: "this section (being written)" }; }
