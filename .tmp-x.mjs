import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const bytes = readFileSync('/tmp/pdfx/t.pdf');
const doc = await PDFDocument.load(bytes, { updateMetadata: false });
console.log('catalog keys', doc.catalog.keys().map(String));
doc.setTitle('New T'); doc.setSubject('Subj'); doc.setKeywords(['a b', 'c']); doc.setLanguage('en');
const out = await doc.save({ useObjectStreams: false });
writeFileSync('/tmp/pdfx/t2.pdf', out);
for (const f of ['/tmp/pdfx/t.pdf', '/tmp/pdfx/t2.pdf']) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(f)) }).promise;
  const md = await pdf.getMetadata();
  console.log(f, md.info, await pdf.getMarkInfo(), JSON.stringify(await pdf.getOutline(), (k,v)=> k==='dest'||k==='items'||k==='title'||typeof v!=='object'||Array.isArray(v)? v : v), md.metadata?.getAll?.());
  const page = await pdf.getPage(1);
  const tree = await page.getStructTree();
  console.log(JSON.stringify(tree).slice(0, 400));
  const ann = await page.getAnnotations(); console.log(ann.map(a=>({url:a.url, dest:a.dest})));
  const ops = await page.getOperatorList(); 
}
