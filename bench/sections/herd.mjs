export const meta = { id: "herd", number: 4, title: "herd" };
export async function run() { return { unavailable: "this section (being written)" }; }
