/// The page a report is drawn on: a Mustache template (every `{{value}}` is HTML-escaped) and
/// its style sheet, inline so that the file stands alone, offline and printed.
enum ReportTemplate {
    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="lede">
        <title>{{title}}</title>
        <style>
        {{{style}}}
        </style>
        </head>
        <body>
        <header><h1>{{title}}</h1>
        <nav><ol class="contents">{{#sections}}<li><a href="#{{anchor}}"><code>{{command}}</code></a></li>{{/sections}}</ol></nav>
        </header>
        <main>
        {{#sections}}
        <section id="{{anchor}}" class="command">
        <h2><span class="number">{{number}}</span> <code>{{command}}</code></h2>
        {{#heading}}<p class="heading">{{.}}</p>
        {{/heading}}
        {{#chart}}
        <figure class="chart">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" role="img" aria-label="{{description}}">
        {{#gridLines}}<line x1="{{x1}}" y1="{{y1}}" x2="{{x2}}" y2="{{y2}}" stroke="{{colour}}" stroke-width="1"/>
        {{/gridLines}}
        {{#tickLabels}}<text x="{{x}}" y="{{y}}" text-anchor="{{anchor}}" class="tick">{{text}}</text>
        {{/tickLabels}}
        {{#bars}}<rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" fill="{{colour}}"><title>{{tooltip}}</title></rect>
        {{/bars}}
        {{#counts}}<text x="{{x}}" y="{{y}}" text-anchor="{{anchor}}" class="count">{{text}}</text>
        {{/counts}}
        {{#axis}}<line x1="{{x1}}" y1="{{y1}}" x2="{{x2}}" y2="{{y2}}" stroke="{{colour}}" stroke-width="1.5"/>{{/axis}}
        {{#labels}}<text x="{{x}}" y="{{y}}" text-anchor="{{anchor}}" transform="{{transform}}" class="period">{{text}}</text>
        {{/labels}}
        {{#legend}}<rect x="{{x}}" y="{{y}}" width="{{size}}" height="{{size}}" fill="{{colour}}"/><text x="{{textX}}" y="{{textY}}" class="legend">{{name}}</text>
        {{/legend}}
        </svg>
        <figcaption>{{description}}</figcaption>
        </figure>
        {{/chart}}
        {{#entries}}
        <article class="entry">
        <p class="headline">{{headline}}{{#citation}} <a class="cite" href="#{{anchor}}">[{{label}}]</a>{{/citation}}</p>
        {{#isQuote}}<blockquote>{{#isVerbatim}}“{{/isVerbatim}}{{#body}}{{#marked}}<mark>{{text}}</mark>{{/marked}}{{^marked}}{{text}}{{/marked}}{{/body}}{{#isVerbatim}}”{{/isVerbatim}}</blockquote>{{/isQuote}}
        {{^isQuote}}<p class="body">{{#body}}{{#marked}}<mark>{{text}}</mark>{{/marked}}{{^marked}}{{text}}{{/marked}}{{/body}}</p>{{/isQuote}}
        </article>
        {{/entries}}
        {{#table}}
        <table>
        <thead><tr>{{#headers}}<th>{{.}}</th>{{/headers}}</tr></thead>
        <tbody>
        {{#rows}}<tr>{{#.}}<td{{#isNumber}} class="number"{{/isNumber}}>{{#segments}}{{#marked}}<mark>{{text}}</mark>{{/marked}}{{^marked}}{{text}}{{/marked}}{{/segments}}</td>{{/.}}</tr>
        {{/rows}}
        </tbody>
        </table>
        {{/table}}
        {{#paragraphs}}<p class="paragraph"><span class="pilcrow">{{number}}</span> {{text}}</p>
        {{/paragraphs}}
        {{#comparison}}
        <table class="comparison">
        <thead><tr><th></th><th>only {{left}}</th><th>both</th><th>only {{right}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th>{{aspect}}{{#similarity}}<br><span class="similarity">similarity {{.}}</span>{{/similarity}}</th>
        <td><ul>{{#onlyLeft}}<li>{{.}}</li>{{/onlyLeft}}</ul></td><td><ul>{{#shared}}<li>{{.}}</li>{{/shared}}</ul></td><td><ul>{{#onlyRight}}<li>{{.}}</li>{{/onlyRight}}</ul></td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{/comparison}}
        {{#summary}}<p class="summary">{{.}}</p>
        {{/summary}}
        </section>
        {{/sections}}
        {{#hasCitations}}
        <section class="appendix">
        <h2>Cited paragraphs</h2>
        {{#citations}}
        <div class="cited" id="{{anchor}}">
        <p class="source"><strong>{{label}}</strong> — {{title}}{{#place}} ({{place}}){{/place}} · cited in {{#citedBy}}<a href="#{{anchor}}">{{label}}</a> {{/citedBy}}</p>
        <blockquote>{{text}}</blockquote>
        </div>
        {{/citations}}
        </section>
        {{/hasCitations}}
        </main>
        <footer><p>Made with lede from a saved session; every result above can be replayed from it.</p></footer>
        </body>
        </html>

        """

    static let style = """
        body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.8rem; margin-bottom: 0.5rem; }
        h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2.5rem; }
        h2 .number { color: #777; font-weight: normal; }
        code { font: 0.9em/1.4 Menlo, Consolas, "DejaVu Sans Mono", monospace; background: #f3f3f3; padding: 0.1em 0.3em; border-radius: 3px; }
        nav ol.contents { font-size: 0.9rem; color: #555; }
        .heading { font-weight: bold; margin: 0.3rem 0; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { max-width: 100%; height: auto; font: 11px sans-serif; }
        figure.chart figcaption { font-size: 0.8rem; color: #666; }
        .tick, .period, .legend, .count { fill: #333; }
        article.entry { margin: 0.8rem 0; break-inside: avoid; }
        .headline { font: 0.85rem/1.4 sans-serif; color: #444; margin: 0; }
        blockquote { margin: 0.2rem 0 0 1rem; padding-left: 0.8rem; border-left: 3px solid #9fb7cf; }
        .body { margin: 0.2rem 0 0 1rem; }
        mark { background: #ffe58a; color: inherit; }
        a.cite, .source a { font-size: 0.8rem; color: #2f6fa8; text-decoration: none; }
        table { border-collapse: collapse; width: 100%; font: 0.85rem/1.4 sans-serif; margin: 1rem 0; }
        th, td { border: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f3f3f3; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        table.comparison ul { margin: 0; padding-left: 1rem; }
        .similarity { font-weight: normal; color: #666; }
        .paragraph .pilcrow { color: #777; font: 0.8rem sans-serif; }
        .summary { font: 0.85rem sans-serif; color: #555; }
        .appendix .cited { break-inside: avoid; margin: 1rem 0; }
        .appendix .source { font: 0.85rem sans-serif; margin: 0; }
        :target { background: #fff8d6; }
        footer { margin-top: 3rem; font: 0.8rem sans-serif; color: #777; }
        @media print { body { margin: 0; max-width: none; } nav { display: none; } a { color: inherit; } section.command { break-inside: auto; } }
        """
}
