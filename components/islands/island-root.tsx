import type { ReactNode } from "react";
import { islandPropsId, islandRootId, serializeIslandProps } from "@/lib/islands/props";

/** Shown in the form's status line when the island's script cannot be fetched. */
export const ISLAND_FAILED = "The form could not load. Check your connection and reload the page; your saved answers are kept.";

/**
 * Requests the island's script once the browser reports its first contentful paint (a "paint" performance
 * entry is delivered after the frame is shown; requestAnimationFrame + setTimeout alone sometimes ran before it).
 * Browsers without paint timing load it after the next frame.
 */
function loaderScript(src: string, rootId: string) {
  return `(function(){var d=0;function go(){if(d)return;d=1;var s=document.createElement("script");s.src=${serializeIslandProps(src)};s.onerror=function(){var t=document.querySelector(${serializeIslandProps(`#${rootId} [role=status]`)});if(t)t.textContent=${serializeIslandProps(ISLAND_FAILED)}};document.body.appendChild(s)}
var P=window.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0){new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go,0)}}).observe({type:"paint",buffered:true});addEventListener("load",function(){setTimeout(go,1000)})}
else requestAnimationFrame(function(){setTimeout(go,0)})})()`;
}

/**
 * Server side of an island: the server-rendered markup, the props the browser hydrates it with (the same
 * object, so the markup matches), and a loader that fetches the island's script after the first paint. The page
 * is readable before any JavaScript runs; a script in the HTML, even deferred, arrives so fast from a nearby
 * server that the browser evaluates it before painting, which delays the paint on a slow phone by the whole
 * evaluation (and Lighthouse counts its download into LCP). The loader carries the response's script nonce (the
 * page's Content-Security-Policy allows no other inline script, and lets the script it adds run: decision 44).
 */
export function IslandRoot({ name, props, src, nonce, children }: { name: string; props: unknown; src: string; nonce: string | undefined; children: ReactNode }) {
  return (
    <>
      <div id={islandRootId(name)}>{children}</div>
      <script type="application/json" id={islandPropsId(name)} dangerouslySetInnerHTML={{ __html: serializeIslandProps(props) }} />
      {/* in development Next's own runtime hydrates the whole page, the form included: a second root would
          save every answer twice */}
      {process.env.NODE_ENV === "production" ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: loaderScript(src, islandRootId(name)) }} /> : null}
    </>
  );
}
