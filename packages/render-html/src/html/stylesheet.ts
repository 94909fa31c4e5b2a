// The course's look (colour bars, callout boxes), inlined so one file shows as the site did.
export const stylesheet = `
body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.5rem 3rem; font: 1.0625rem/1.6 "Helvetica Neue", Arial, sans-serif; color: #222; background: #fff; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; color: #3d244e; }
a { color: #1a5696; }
img, iframe { max-width: 100%; }
iframe { display: block; margin: 1rem 0 0; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
table.worksheet, table.colorful { width: 100%; }
table.worksheet th, table.worksheet td, table.colorful th, table.colorful td { border: 1px solid #8a8a8a; }
table.worksheet th, table.colorful th { background: #eef6f5; }
table.worksheet td { height: 2.2em; }
table:not([class]) th, table:not([class]) td { border-bottom: 1px solid #c8c8c8; }
.colorhighlight { margin: 1.5rem 0; padding: 0.25rem 1.25rem; border-left: 25px solid #d6d6d6; }
.colorhighlight.color1 { border-left-color: #76beb7; }
.colorhighlight.color2 { border-left-color: lightpink; }
.colorhighlight.color3 { border-left-color: #FCE694; }
.colorhighlight.color4 { border-left-color: #85c0fe; }
.colorhighlight.color5 { border-left-color: #c3a6e0; }
.colorhighlight.border3 { border: 3px solid #FCE694; border-left-width: 25px; }
.callout { margin: 1.5rem 0; padding: 0.5rem 1.25rem; }
.callout.activity { background: #fffd86; border-left: 10px solid #faf304; }
.callout.case_study, .callout.casestudy { background: #F3F3FC; }
.callout.objectives { background: #85c0fe; }
.callout.objectives a { color: #0b2a4f; }
.callout.info { border: 2px solid #3d244e; }
.callout.videos iframe { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; border: 0; }
.videotime { display: block; margin: 0.25rem 0 1rem; font-size: 0.9em; color: #555; }
details { margin: 1rem 0; }
summary { cursor: pointer; font-weight: bold; }
`
