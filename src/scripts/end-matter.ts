/**
 * End matter behind disclosures (endnotes, citation formats): a link to an
 * anchor inside a closed <details> (e.g. #note-<source>) opens it first, so
 * the target is shown. (Printing opens them: src/scripts/print.ts.)
 */
function openTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const details = target?.closest('details');
  if (details && !details.open) {
    details.open = true;
    target!.scrollIntoView();
  }
}
openTarget();
addEventListener('hashchange', openTarget);
