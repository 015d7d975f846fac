import type { ReactNode } from "react";
import { EARLY_GLOBAL } from "@/lib/islands/early";
import { islandPropsId, islandRootId, serializeIslandProps } from "@/lib/islands/props";

/** Shown in the form's status line when the island's script cannot be fetched. */
export const ISLAND_FAILED =
  "The form could not load. Check your connection and reload the page: answers saved earlier are kept, answers chosen on this page since it opened are not saved.";

/**
 * The loader, inline right after the island's markup, so it runs while the page is parsed, before the first paint:
 * 1. enables the island's controls (`fieldset[data-needs-script]`, disabled in the HTML so that they stay disabled
 *    when JavaScript is off);
 * 2. until the island's script takes over (`ready`), records what happens in the island (a change, a submit, which
 *    it stops, a link followed after a change, which it holds) in `window.bridgeIslands[name]`
 *    (lib/islands/early.ts), and fetches the script at once;
 * 3. otherwise requests the script once the browser reports its first contentful paint (a "paint" performance
 *    entry is delivered after the frame is shown), or 3 s after the load event if no such entry comes (a page
 *    opened in a background tab is painted only when shown); browsers without paint timing load it after the next
 *    frame. The 3 s were 1 s until decision 49: headless Chromium under Lighthouse often shows a page's first frame
 *    only about 1 s after painting it, so the script was requested before the paint counted as shown, and
 *    Lighthouse counted its download into the Largest Contentful Paint.
 * If the script cannot be fetched, or fails before taking over, the controls are disabled again, the status line
 * says so, and a held link is followed.
 */
function loaderScript(name: string, src: string) {
  const rootId = islandRootId(name);
  const json = serializeIslandProps;
  return `(function(){var d=0,r=document.getElementById(${json(rootId)}),a=window[${json(EARLY_GLOBAL)}]=window[${json(EARLY_GLOBAL)}]||{},q=a[${json(name)}]={ready:false,dirty:false,submit:false,href:null},f=r&&r.querySelector("fieldset[data-needs-script]");if(f)f.disabled=false;
function fail(){if(q.ready)return;q.ready=true;if(f)f.disabled=true;var t=r&&r.querySelector("[role=status]");if(t)t.textContent=${json(ISLAND_FAILED)};if(q.href)location.assign(q.href)}
function go(){if(d)return;d=1;var s=document.createElement("script");s.src=${json(src)};s.onerror=fail;s.onload=fail;document.body.appendChild(s)}
function changed(){if(!q.ready){q.dirty=true;go()}}
if(r){r.addEventListener("change",changed);r.addEventListener("input",changed);r.addEventListener("submit",function(e){if(!q.ready){e.preventDefault();q.submit=true;go()}})}
document.addEventListener("click",function(e){if(q.ready||!q.dirty||e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;var l=e.target&&e.target.closest&&e.target.closest("a[href]");if(!l||l.target||l.origin!==location.origin||(l.pathname===location.pathname&&l.hash))return;e.preventDefault();q.href=l.href;go()},true);
var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go,0)}}).observe({type:"paint",buffered:true});addEventListener("load",function(){setTimeout(go,3000)})}
else requestAnimationFrame(function(){setTimeout(go,0)})})()`;
}

/**
 * Server side of an island: the server-rendered markup, the props its script reads (the same object the markup was
 * rendered from), and the loader above. The page is readable and its controls usable before any JavaScript of the
 * island runs; a script in the HTML, even deferred, arrives so fast from a nearby server that the browser evaluates
 * it before painting, which delays the paint on a slow phone (and Lighthouse counts its download into LCP). The
 * loader carries the response's script nonce (the page's Content-Security-Policy allows no other inline script,
 * and lets the script it adds run: decision 44).
 */
export function IslandRoot({ name, props, src, nonce, children }: { name: string; props: unknown; src: string; nonce: string | undefined; children: ReactNode }) {
  return (
    <>
      <div id={islandRootId(name)}>{children}</div>
      <script type="application/json" id={islandPropsId(name)} dangerouslySetInnerHTML={{ __html: serializeIslandProps(props) }} />
      {/* in development Next's own runtime hydrates the whole page, and a script changing the markup before it
          would make React render the form again, disabled: the island runs in production builds only */}
      {process.env.NODE_ENV === "production" ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: loaderScript(name, src) }} /> : null}
    </>
  );
}
