export const meta = { id: "pagination", number: 7, title: "pagination" };
export async function run() { return { unavailable: "this section (being written)" }; }
