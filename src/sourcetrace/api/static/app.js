// Article page: hovering, focusing or clicking a highlight shows who said it and how.
// Every value goes in through textContent, never as HTML.
(function () {
  "use strict";
  const data = document.getElementById("attribution-data");
  const panel = document.getElementById("details");
  if (!data || !panel) return;
  const byPosition = new Map(JSON.parse(data.textContent).map((a) => [String(a.position), a]));

  function numbers(el) {
    return (el.getAttribute("data-att") || "").split(" ").filter(Boolean);
  }

  function field(dl, label, value) {
    if (value === null || value === undefined || value === "") return;
    const dt = document.createElement("dt");
    dt.textContent = label;
    const dd = document.createElement("dd");
    dd.textContent = value;
    dl.append(dt, dd);
  }

  function show(nums) {
    document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
    panel.replaceChildren();
    nums.forEach((n) => {
      const a = byPosition.get(n);
      if (!a) return;
      document.querySelectorAll('[data-att~="' + n + '"]').forEach((el) => el.classList.add("active"));
      const dl = document.createElement("dl");
      dl.className = "attribution-details";
      field(dl, "#", n);
      field(dl, "speaker", a.source_name && a.source_name !== a.source_text ? a.source_text + " = " + a.source_name : a.source_text);
      field(dl, "kind", a.source_kind);
      field(dl, "affiliation", a.affiliation);
      field(dl, "cue", a.cue);
      field(dl, "medium", a.medium);
      field(dl, "stance", a.stance);
      field(dl, "hedge", a.hedge ? a.hedge + (a.hedge_probability ? " (" + a.hedge_probability + ")" : "") : null);
      field(dl, "quote", a.quote);
      field(dl, "where", a.part === "title" ? "headline" : null);
      panel.append(dl);
    });
  }

  document.querySelectorAll(".text .hl, #article-title .hl").forEach((el) => {
    el.tabIndex = 0;
    el.addEventListener("mouseenter", () => show(numbers(el)));
    el.addEventListener("focus", () => show(numbers(el)));
    el.addEventListener("click", () => {
      show(numbers(el));
      const card = document.getElementById("att-" + numbers(el)[0]);
      if (card) card.scrollIntoView({ block: "nearest" });
    });
  });
  document.querySelectorAll("li.att[data-att]").forEach((card) => {
    card.addEventListener("mouseenter", () => show(numbers(card)));
    card.addEventListener("focus", () => show(numbers(card)));
  });
})();
