import { corpus255 } from "./bench/overlap/corpus255";
import { analyseOverlapArticles } from "./src/overlap/index";
const c = corpus255()!;
const t0 = performance.now(); const c0 = process.cpuUsage();
const r = analyseOverlapArticles(c.articles, {});
const cu = process.cpuUsage(c0);
console.log(performance.now() - t0, (cu.user + cu.system) / 1000, r.method);
