<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>holds</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>не выполняется</translation>
    </message>
    <message>
        <source>cannot be tested</source>
        <translation>проверить нельзя</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не записано)</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>О данных</translation>
    </message>
    <message>
        <source>Everything kzbrowser shows comes from one text: {author}, “{title}”. Each fact in the database keeps the character span it was read from; &lt;i&gt;Show in article&lt;/i&gt; opens that span.</source>
        <translation>Всё, что показывает kzbrowser, взято из одного текста: {author}, «{title}». Каждый факт в базе данных хранит границы фрагмента текста, из которого он извлечён; ссылка &lt;i&gt;Показать в статье&lt;/i&gt; открывает этот фрагмент.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>File: &lt;code&gt;{name}&lt;/code&gt; ({chars} characters)</source>
        <translation>Файл: &lt;code&gt;{name}&lt;/code&gt; (символов: {chars})</translation>
    </message>
    <message>
        <source>Charts 1-3 of the article were not preserved in the text: their data is unknown and kzbrowser does not show or invent it.</source>
        <translation>Диаграммы 1–3 статьи в тексте не сохранились: их данные неизвестны, и kzbrowser их не показывает и не выдумывает.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Сборка</translation>
    </message>
    <message>
        <source>Database: &lt;code&gt;{path}&lt;/code&gt;</source>
        <translation>База данных: &lt;code&gt;{path}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Built by {builder}, schema version {version}, integrity check: {integrity}; {good} of {checked} stored values match the article at their spans.</source>
        <translation>Собрана программой {builder}, версия схемы {version}, проверка целостности: {integrity}; из {checked} сохранённых значений с текстом статьи в указанных фрагментах совпадают {good}.</translation>
    </message>
    <message>
        <source>Problems: {list}</source>
        <translation>Неполадки: {list}</translation>
    </message>
    <message>
        <source>Consistency report: {holds} hold, {fails} do not, {untestable} cannot be tested</source>
        <translation>Проверка согласованности: выполняется — {holds}, не выполняется — {fails}, проверить нельзя — {untestable}</translation>
    </message>
    <message>
        <source>Do the tables add up, and do the article&apos;s claims agree with its own tables? A claim that does not hold is a finding about the article, not an error in kzbrowser.</source>
        <translation>Сходятся ли суммы в таблицах и согласуются ли утверждения статьи с её собственными таблицами? Невыполненная проверка — это наблюдение о статье, а не ошибка kzbrowser.</translation>
    </message>
    <message>
        <source>the claim</source>
        <translation>утверждение</translation>
    </message>
    <message>
        <source>the figures</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>show {links}</source>
        <translation>показать: {links}</translation>
    </message>
    <message>
        <source>parties: {keys}</source>
        <translation>партии: {keys}</translation>
    </message>
    <message>
        <source>no single party</source>
        <translation>не относится к одной партии</translation>
    </message>
</context>
<context>
    <name>AboutApp</name>
    <message>
        <source>not recorded</source>
        <translation>не записана</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>не читается ({error})</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;kzbrowser&lt;/b&gt; {version} — an offline reference browser for V. Kurganskaia, “The Party System in Kazakhstan and the Ethnic Issue”.&lt;/p&gt;&lt;p&gt;Every fact links to the passage of the article it comes from. No network connection is ever made.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;kzbrowser&lt;/b&gt; {version} — автономный справочник по статье В. Курганской «The Party System in Kazakhstan and the Ethnic Issue».&lt;/p&gt;&lt;p&gt;Каждый факт ведёт к месту статьи, откуда он взят. Программа никогда не подключается к сети.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The article&apos;s text, SHA-256:</source>
        <translation>Текст статьи, SHA-256:</translation>
    </message>
    <message>
        <source>About kzbrowser</source>
        <translation>О программе kzbrowser</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>kzbrowser cannot open its database</source>
        <translation>kzbrowser не может открыть свою базу данных</translation>
    </message>
    <message>
        <source>kzbrowser cannot open its database.

File: {path}

{reason}</source>
        <translation>kzbrowser не может открыть свою базу данных.

Файл: {path}

{reason}</translation>
    </message>
    <message>
        <source>To rebuild it from the article, run in the kzbrowser folder:

    kzbrowser build

or:  python scripts/build_db.py</source>
        <translation>Чтобы заново собрать её из статьи, выполните в папке kzbrowser:

    kzbrowser build

или:  python scripts/build_db.py</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Chart {number} (data not preserved)</source>
        <translation>Диаграмма {number} (данные не сохранились)</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Таблица {number}</translation>
    </message>
    <message>
        <source>Back to where the note is cited</source>
        <translation>Назад к месту ссылки на примечание</translation>
    </message>
    <message>
        <source>Note {number}</source>
        <translation>Примечание {number}</translation>
    </message>
    <message>
        <source>Printed: {text}</source>
        <translation>В тексте: {text}</translation>
    </message>
    <message>
        <source>Chart {n} stood here. Its data were not preserved in the text of the article, so kzbrowser cannot show it.</source>
        <translation>На этом месте стояла диаграмма {n}. Её данные в тексте статьи не сохранились, поэтому kzbrowser не может её показать.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>ChartCells</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>congress</source>
        <translation>съезд</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>основание</translation>
    </message>
    <message>
        <source>constituent congress</source>
        <translation>учредительный съезд</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <source>reregistered</source>
        <translation>перерегистрация</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>season</source>
        <translation>время года</translation>
    </message>
    <message>
        <source>part-of-year</source>
        <translation>часть года</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>after</source>
        <translation>после</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>width {width} px is out of range (100-20000)</source>
        <translation>ширина {width} px вне допустимого диапазона (100-20000)</translation>
    </message>
    <message>
        <source>cannot write a PDF to {path}</source>
        <translation>не удаётся записать PDF в {path}</translation>
    </message>
    <message>
        <source>the PDF writer failed on {path}</source>
        <translation>сбой при записи PDF в {path}</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>сбой кодировщика PNG</translation>
    </message>
    <message>
        <source>unknown format {format!r}: choose one of {formats}</source>
        <translation>неизвестный формат «{format}»: выберите один из: {formats}</translation>
    </message>
    <message>
        <source>the PNG file has no PNG signature</source>
        <translation>у файла PNG нет сигнатуры PNG</translation>
    </message>
    <message>
        <source>the PNG file goes on after its end</source>
        <translation>файл PNG продолжается после своего конца</translation>
    </message>
    <message>
        <source>the PNG file is incomplete</source>
        <translation>файл PNG записан не полностью</translation>
    </message>
    <message>
        <source>the SVG file is incomplete (not well-formed XML)</source>
        <translation>файл SVG записан не полностью (XML построен неправильно)</translation>
    </message>
    <message>
        <source>the SVG file is incomplete (no closing &lt;/svg&gt;)</source>
        <translation>файл SVG записан не полностью (нет закрывающего &lt;/svg&gt;)</translation>
    </message>
    <message>
        <source>the PDF file is incomplete (no startxref and %%EOF trailer)</source>
        <translation>файл PDF записан не полностью (нет концовки startxref и %%EOF)</translation>
    </message>
    <message>
        <source>the PDF file is damaged (its startxref is wrong)</source>
        <translation>файл PDF повреждён (неверный startxref)</translation>
    </message>
    <message>
        <source>the CSV file is damaged (not UTF-8)</source>
        <translation>файл CSV повреждён (не в кодировке UTF-8)</translation>
    </message>
    <message>
        <source>the CSV file has no header</source>
        <translation>у файла CSV нет строки заголовков</translation>
    </message>
    <message>
        <source>the CSV file is incomplete</source>
        <translation>файл CSV записан не полностью</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Years shown</source>
        <translation>Показанные годы</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Годы:</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Диаграмма: {title}</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>таблицу {number}</translation>
    </message>
    <message>
        <source>section 3</source>
        <translation>раздел 3</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;checks&quot;&gt;Check these figures&lt;/a&gt; (the consistency checks)</source>
        <translation>&lt;a href=&quot;checks&quot;&gt;Проверить эти цифры&lt;/a&gt; (проверки согласованности)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;article&quot;&gt;Show {where} in the article&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;article&quot;&gt;Показать {where} в статье&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Data: {title}</source>
        <translation>Данные: {title}</translation>
    </message>
</context>
<context>
    <name>ChartToolbar</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Экспорт в PNG</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Экспорт в SVG</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Export Chart Data as CSV</source>
        <translation>Данные в CSV</translation>
    </message>
    <message>
        <source>Copy Chart Image</source>
        <translation>Копировать изображение</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No data (unknown, not zero)</source>
        <translation>Нет данных (неизвестно, а не ноль)</translation>
    </message>
    <message>
        <source>Opposition party (footnote 1)</source>
        <translation>Оппозиционная партия (сноска 1)</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Другая партия</translation>
    </message>
    <message>
        <source>Known to the month/season/year: bar spans the possible days</source>
        <translation>Известен месяц, сезон или год: полоса охватывает все возможные дни</translation>
    </message>
    <message>
        <source>After the date shown</source>
        <translation>После указанной даты</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Members (as printed)</source>
        <translation>Численность (как в тексте)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Opposition (fn. 1)</source>
        <translation>Оппозиция (сн. 1)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Respondents (%)</source>
        <translation>Респонденты (%)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Date (as printed)</source>
        <translation>Дата (как в тексте)</translation>
    </message>
    <message>
        <source>Known to the</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>Не ранее</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Не позднее</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Съезд</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Constituent congress</source>
        <translation>Учредительный съезд</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Re-registered</source>
        <translation>Перерегистрация</translation>
    </message>
    <message>
        <source>after {date}</source>
        <translation>после {date}</translation>
    </message>
    <message>
        <source>{date} ({precision}: {earliest} to {latest})</source>
        <translation>{date} (точность — {precision}: с {earliest} по {latest})</translation>
    </message>
    <message>
        <source>Source: {reference}</source>
        <translation>Источник: {reference}</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Таблица {number}</translation>
    </message>
    <message>
        <source>{table}. {caption}</source>
        <translation>{table}. {caption}</translation>
    </message>
    <message>
        <source>No data: the article gives no figure for this party (unknown, not zero).</source>
        <translation>No data: в статье нет цифры для этой партии (неизвестно, а не ноль).</translation>
    </message>
    <message>
        <source>Opposition parties (footnote 1): {text}</source>
        <translation>Оппозиционные партии (сноска 1): {text}</translation>
    </message>
    <message>
        <source>Footnote 5: {text}</source>
        <translation>Сноска 5: {text}</translation>
    </message>
    <message>
        <source>{party}: {event} after {date} (the article: “{anchor}”)</source>
        <translation>{party}: {event} после {date} (в статье: “{anchor}”)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Bars: a date printed only to the month, season, part of the year or year, drawn as its whole range; markers: a day.</source>
        <translation>Полосы: дата, указанная лишь с точностью до месяца, времени года, части года или года, показана всем возможным промежутком; маркеры: точный день.</translation>
    </message>
    <message>
        <source>Constituent congresses, registration and re-registration of the parties, {first}–{last}</source>
        <translation>Учредительные съезды, регистрация и перерегистрация партий, {first}–{last}</translation>
    </message>
    <message>
        <source>{label}: No data (unknown, not zero)</source>
        <translation>{label}: No data — нет данных (неизвестно, а не ноль)</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Membership (Table 1)</source>
        <translation>Численность (таблица 1)</translation>
    </message>
    <message>
        <source>Political processes (Table 3)</source>
        <translation>Политические процессы (таблица 3)</translation>
    </message>
    <message>
        <source>Assessment of parties (Table 4)</source>
        <translation>Оценка партий (таблица 4)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>Chart export</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>Export {chart} as {format}</source>
        <translation>Экспорт: {chart} в {format}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>The chart was not exported.

{error}</source>
        <translation>Диаграмма не экспортирована.

{error}</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Table 3 answers add up to 100%</source>
        <translation>Ответы таблицы 3 в сумме дают 100%</translation>
    </message>
    <message>
        <source>sum = {total}%</source>
        <translation>сумма = {total}%</translation>
    </message>
    <message>
        <source>Table 4 row for {party} adds up to 100%</source>
        <translation>Строка таблицы 4 для партии {party} в сумме даёт 100%</translation>
    </message>
    <message>
        <source>Over 40% indifferent or negative (Table 3)</source>
        <translation>Более 40% безразличны или настроены негативно (таблица 3)</translation>
    </message>
    <message>
        <source>Indifference + Mistrust, fears... + Active rejection = {share}% (read as the three answers that are indifferent or negative)</source>
        <translation>«Indifference» + «Mistrust, fears...» + «Active rejection» = {share}% (понято как три ответа, выражающие безразличие или негативное отношение)</translation>
    </message>
    <message>
        <source>Over 50% undecided, on average over the parties of Table 4</source>
        <translation>Более 50% не определились с оценкой, в среднем по партиям таблицы 4</translation>
    </message>
    <message>
        <source>mean Undecided over the {count} parties = {mean}% (read as the average over parties)</source>
        <translation>среднее Undecided по {count} партиям = {mean}% (понято как среднее по партиям)</translation>
    </message>
    <message>
        <source>Over 50% undecided about {party}</source>
        <translation>Более 50% не определились с оценкой партии {party}</translation>
    </message>
    <message>
        <source>Undecided = {share}%</source>
        <translation>доля Undecided = {share}%</translation>
    </message>
    <message>
        <source>About 20% find parties useful, on average over the parties of Table 4</source>
        <translation>Около 20% считают партии полезными, в среднем по партиям таблицы 4</translation>
    </message>
    <message>
        <source>mean of Obviously Useful + Useful on the Whole over the {count} parties = {mean}% (read as the average over parties; about 20 read as a share that rounds to 20 in tens, 15 to under 25)</source>
        <translation>среднее Obviously Useful + Useful on the Whole по {count} партиям = {mean}% (понято как среднее по партиям; «около 20» — доля, которая при округлении до десятков даёт 20: от 15 до менее 25)</translation>
    </message>
    <message>
        <source>About 20% find {party} useful</source>
        <translation>Около 20% считают полезной партию {party}</translation>
    </message>
    <message>
        <source>Obviously Useful + Useful on the Whole = {share}% (read per party; about 20 read as a share that rounds to 20 in tens, 15 to under 25)</source>
        <translation>Obviously Useful + Useful on the Whole = {share}% (понято для каждой партии в отдельности; «около 20» — доля, которая при округлении до десятков даёт 20: от 15 до менее 25)</translation>
    </message>
    <message>
        <source>Table 1 lists the 12 registered parties</source>
        <translation>В таблице 1 перечислены 12 зарегистрированных партий</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>строк: {count}</translation>
    </message>
    <message>
        <source>Every party with data has the 50,000 members the law requires</source>
        <translation>У каждой партии, по которой есть данные, не меньше 50,000 членов, требуемых законом</translation>
    </message>
    <message>
        <source>smallest figure: {smallest}; {count} parties have no data</source>
        <translation>наименьшая цифра: {smallest}; партий без данных: {count}</translation>
    </message>
    <message>
        <source>below: {names}; {count} parties have no data</source>
        <translation>меньше требуемого: {names}; партий без данных: {count}</translation>
    </message>
    <message>
        <source>Over 10% of adults are party members</source>
        <translation>Более 10% взрослого населения состоят в партиях</translation>
    </message>
    <message>
        <source>Table 1 adds up to {total} members (two parties without data); the article does not give the adult population</source>
        <translation>Сумма по таблице 1: {total} членов (по двум партиям данных нет); численности взрослого населения статья не приводит</translation>
    </message>
    <message>
        <source>Twice as many Russians as Kazakhs prefer the Soviet-type state</source>
        <translation>Русские вдвое чаще казахов предпочитают государство советского типа</translation>
    </message>
    <message>
        <source>{russians} / {kazakhs} = {ratio} (twice read as a ratio that rounds to 2, 1.5 to under 2.5)</source>
        <translation>{russians} / {kazakhs} = {ratio} («вдвое» понято как отношение, которое при округлении даёт 2: от 1.5 до менее 2.5)</translation>
    </message>
    <message>
        <source>Footnote 2&apos;s registration timing agrees with {party}&apos;s registration date</source>
        <translation>Срок регистрации партии {party} по сноске 2 согласуется с датой её регистрации</translation>
    </message>
    <message>
        <source>footnote 2 says the party was registered practically two months before the parliamentary elections; section 3 gives no registration date, and the article does not date the elections</source>
        <translation>в сноске 2 сказано, что партия была зарегистрирована практически за два месяца до парламентских выборов; в разделе 3 дата регистрации не указана, а дату выборов статья не приводит</translation>
    </message>
    <message>
        <source>section 3: registered {date}; footnote 2: registered practically two months before the parliamentary elections, which the article does not date. Both hold only if those elections were held about two months after {date}</source>
        <translation>раздел 3: зарегистрирована {date}; сноска 2: зарегистрирована практически за два месяца до парламентских выборов, дату которых статья не приводит. Оба утверждения верны, только если эти выборы прошли примерно через два месяца после {date}</translation>
    </message>
    <message>
        <source>{party} was not yet registered at the poll</source>
        <translation>{party} ко времени опроса ещё не была зарегистрирована</translation>
    </message>
    <message>
        <source>the article gives no registration date</source>
        <translation>статья не приводит даты регистрации</translation>
    </message>
    <message>
        <source>registered after {date}; the poll is dated only 2003</source>
        <translation>зарегистрирована после {date}; опрос датирован лишь 2003 годом</translation>
    </message>
    <message>
        <source>registered {date} ({precision}); the poll is dated only 2003</source>
        <translation>зарегистрирована {date} (точность: {precision}); опрос датирован лишь 2003 годом</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>season</source>
        <translation>время года</translation>
    </message>
    <message>
        <source>part-of-year</source>
        <translation>часть года</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <source>e.g. the journal&apos;s full name</source>
        <translation>напр., полное название журнала</translation>
    </message>
    <message>
        <source>four digits</source>
        <translation>четыре цифры</translation>
    </message>
    <message>
        <source>e.g. 6</source>
        <translation>напр., 6</translation>
    </message>
    <message>
        <source>e.g. 36</source>
        <translation>напр., 36</translation>
    </message>
    <message>
        <source>e.g. 45-52</source>
        <translation>напр., 45-52</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Citation details</source>
        <translation>Выходные данные для ссылок</translation>
    </message>
    <message>
        <source>The article does not print its journal, year, volume, issue or pages. What you enter here is used in every citation kzbrowser makes, marked there as supplied by you; it is kept in kzbrowser&apos;s settings, never in its database. Leave a field empty and citations leave it out.</source>
        <translation>В самой статье не указаны журнал, год, том, номер и страницы. То, что вы введёте здесь, войдёт в каждую ссылку, которую составляет kzbrowser, с пометкой, что эти данные указаны вами; они хранятся в настройках kzbrowser, а не в его базе данных. Пустое поле в ссылку не попадает.</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Стиль:</translation>
    </message>
    <message>
        <source>Preview of the citation</source>
        <translation>Предпросмотр ссылки</translation>
    </message>
    <message>
        <source>Copy the reference as:</source>
        <translation>Копировать ссылку как:</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Очистить всё</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <source>The citation shows here once the field named above can be used.</source>
        <translation>Ссылка появится здесь, когда указанное выше поле можно будет использовать.</translation>
    </message>
    <message>
        <source>In the text: ({example})</source>
        <translation>В тексте: ({example})</translation>
    </message>
    <message>
        <source>Citation details saved: {names} (marked as supplied by you)</source>
        <translation>Выходные данные сохранены: {names} (с пометкой, что указаны вами)</translation>
    </message>
    <message>
        <source>Citation details saved: none given</source>
        <translation>Выходные данные сохранены: ничего не указано</translation>
    </message>
</context>
<context>
    <name>CiteCopy</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy with &amp;citation</source>
        <translation>Копировать со &amp;ссылкой</translation>
    </message>
</context>
<context>
    <name>CiteDetails</name>
    <message>
        <source>Chicago (author-date)</source>
        <translation>Chicago (автор — дата)</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>том</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>страницы</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <source>{name}: not a citation detail</source>
        <translation>{name}: это не поле выходных данных</translation>
    </message>
    <message>
        <source>{label}: not text</source>
        <translation>{label}: это не текст</translation>
    </message>
    <message>
        <source>{label}: contains control or invisible formatting characters</source>
        <translation>{label}: содержит управляющие или невидимые символы форматирования</translation>
    </message>
    <message>
        <source>{label}: braces and backslashes are not allowed</source>
        <translation>{label}: фигурные скобки и обратная косая черта недопустимы</translation>
    </message>
    <message>
        <source>{label}: {value!r} is not a year (four digits, e.g. {first})</source>
        <translation>{label}: «{value}» — это не год (нужны четыре цифры, напр., {first})</translation>
    </message>
    <message>
        <source>{label}: {value} is not possible: the article reports events of December {first} (give {first}-{last})</source>
        <translation>{label}: {value} невозможен: статья сообщает о событиях декабря {first} года (укажите {first}-{last})</translation>
    </message>
    <message>
        <source>{label}: {value!r} is not a volume or issue number (letters, digits, e.g. 6 or 3 (27))</source>
        <translation>{label}: «{value}» — это не номер тома или выпуска (буквы, цифры, напр., 6 или 3 (27))</translation>
    </message>
    <message>
        <source>{label}: {value!r} is not a page or page range (e.g. 45-52)</source>
        <translation>{label}: «{value}» — это не страница и не диапазон страниц (напр., 45-52)</translation>
    </message>
    <message>
        <source>{label}: too long (at most {limit} characters)</source>
        <translation>{label}: слишком длинно (не более {limit} символов)</translation>
    </message>
    <message>
        <source>{label}: not a web address ({error})</source>
        <translation>{label}: это не веб-адрес ({error})</translation>
    </message>
    <message>
        <source>{label}: give a full http:// or https:// address without spaces</source>
        <translation>{label}: укажите полный адрес http:// или https:// без пробелов</translation>
    </message>
    <message>
        <source>volume, issue and pages are a journal&apos;s: give the journal too</source>
        <translation>том, номер и страницы бывают только у журнала: укажите и журнал</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Compare parties</source>
        <translation>Сравнение партий</translation>
    </message>
    <message>
        <source>Bars: Table 4&apos;s percentages, on one scale (0 to 100%) in every column.</source>
        <translation>Полосы: проценты таблицы 4 в одном масштабе (от 0 до 100%) во всех столбцах.</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>theme: {themes}</source>
        <translation>темы: {themes}</translation>
    </message>
    <message>
        <source>after {date}</source>
        <translation>после {date}</translation>
    </message>
    <message>
        <source>{rank} of {count}</source>
        <translation>{rank} из {count}</translation>
    </message>
    <message>
        <source>Comparison: </source>
        <translation>Сравнение: </translation>
    </message>
    <message>
        <source>{count} parties</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>Show in the article (right-click: Copy with citation)</source>
        <translation>Показать в статье (правая кнопка: копировать со ссылкой)</translation>
    </message>
    <message>
        <source>not in the article</source>
        <translation>в статье нет</translation>
    </message>
    <message>
        <source>Quotes by theme (kzbrowser&apos;s classification, not the article&apos;s)</source>
        <translation>Цитаты по темам (классификация kzbrowser, а не статьи)</translation>
    </message>
    <message>
        <source>no quote with this theme</source>
        <translation>нет цитат на эту тему</translation>
    </message>
    <message>
        <source>Themes are kzbrowser&apos;s classification, not the article&apos;s.</source>
        <translation>Темы — классификация kzbrowser, а не статьи.</translation>
    </message>
    <message>
        <source>Constituent congress</source>
        <translation>Учредительный съезд</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Съезд</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Re-registered</source>
        <translation>Перерегистрация</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>точный день</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>только месяц</translation>
    </message>
    <message>
        <source>season only</source>
        <translation>только время года</translation>
    </message>
    <message>
        <source>part of a year</source>
        <translation>часть года</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>только год</translation>
    </message>
    <message>
        <source>no date printed</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>program</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>address</source>
        <translation>обращение</translation>
    </message>
    <message>
        <source>source not stated</source>
        <translation>источник не указан</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Руководители</translation>
    </message>
    <message>
        <source>Leaders and founders</source>
        <translation>Руководители и основатели</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Also stated</source>
        <translation>Другие сведения</translation>
    </message>
    <message>
        <source>Social basis</source>
        <translation>Социальная база</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <source>Name (Table 1)</source>
        <translation>Название (таблица 1)</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Other names in the article</source>
        <translation>Другие названия в статье</translation>
    </message>
    <message>
        <source>opposition party</source>
        <translation>оппозиционная партия</translation>
    </message>
    <message>
        <source>not yet registered</source>
        <translation>ещё не зарегистрирована</translation>
    </message>
    <message>
        <source>registered (in Table 4)</source>
        <translation>зарегистрирована (есть в таблице 4)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Opposition (footnote 1)</source>
        <translation>Оппозиция (сноска 1)</translation>
    </message>
    <message>
        <source>not named an opposition party</source>
        <translation>не названа оппозиционной</translation>
    </message>
    <message>
        <source>At the time of the poll (Table 4, footnote 5)</source>
        <translation>Ко времени опроса (таблица 4, сноска 5)</translation>
    </message>
    <message>
        <source>Stance toward the president&apos;s course</source>
        <translation>Отношение к курсу президента</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>поддерживает</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>no rank</source>
        <translation>без места</translation>
    </message>
    <message>
        <source>No data in Table 1</source>
        <translation>В таблице 1 нет данных</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Members (Table 1)</source>
        <translation>Число членов (таблица 1)</translation>
    </message>
    <message>
        <source>Rank by membership (kzbrowser&apos;s, among the 10 with data)</source>
        <translation>Место по численности (подсчёт kzbrowser, среди 10 партий с данными)</translation>
    </message>
    <message>
        <source>not in Table 4</source>
        <translation>нет в таблице 4</translation>
    </message>
    <message>
        <source>not yet registered at the time of the poll: footnote 5</source>
        <translation>ко времени опроса ещё не зарегистрирована: сноска 5</translation>
    </message>
    <message>
        <source>Assessment (Table 4, %)</source>
        <translation>Оценка (таблица 4, %)</translation>
    </message>
    <message>
        <source>Nationalities policy (section 4)</source>
        <translation>Национальная политика (раздел 4)</translation>
    </message>
    <message>
        <source>New elements of nationalities policy</source>
        <translation>Новые элементы национальной политики</translation>
    </message>
    <message>
        <source>no theme assigned</source>
        <translation>тема не присвоена</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>the article quotes nothing from these parties</source>
        <translation>статья не цитирует эти партии</translation>
    </message>
    <message>
        <source>Every item links to the passage it comes from; dates as printed, with their precision; figures as printed in Tables 1 and 4.</source>
        <translation>Каждый пункт ведёт к месту статьи, откуда он взят; даты — как напечатаны, с их точностью; цифры — как в таблицах 1 и 4.</translation>
    </message>
    <message>
        <source>footnote 1</source>
        <translation>сноска 1</translation>
    </message>
    <message>
        <source>section 3</source>
        <translation>раздел 3</translation>
    </message>
    <message>
        <source>footnote 5</source>
        <translation>сноска 5</translation>
    </message>
    <message>
        <source>inference: it names no party</source>
        <translation>вывод: партия не названа</translation>
    </message>
    <message>
        <source>inference: the poll lists it, and the footnote says the others were not yet registered</source>
        <translation>вывод: она есть в опросе, а в сноске сказано, что другие партии ещё не были зарегистрированы</translation>
    </message>
    <message>
        <source>inference: it says “the two Communist parties”</source>
        <translation>вывод: в статье сказано «The two Communist parties»</translation>
    </message>
    <message>
        <source>unknown, not zero</source>
        <translation>неизвестно, а не ноль</translation>
    </message>
    <message>
        <source>not named in section 4&apos;s list</source>
        <translation>не названа в перечне раздела 4</translation>
    </message>
    <message>
        <source>head</source>
        <translation>глава</translation>
    </message>
    <message>
        <source>co-chair</source>
        <translation>сопредседатель</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>лидер</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>deputy chair</source>
        <translation>заместитель председателя</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>основатель</translation>
    </message>
    <message>
        <source>head of the political council</source>
        <translation>глава политсовета</translation>
    </message>
    <message>
        <source>first secretary</source>
        <translation>первый секретарь</translation>
    </message>
    <message>
        <source>a party is given twice: give each party once</source>
        <translation>партия указана дважды: указывайте каждую партию один раз</translation>
    </message>
    <message>
        <source>compare takes {low} to {high} parties, not {count}</source>
        <translation>для сравнения нужно от {low} до {high} партий, а выбрано: {count}</translation>
    </message>
    <message>
        <source>no group {group!r}; the groups are: {groups}</source>
        <translation>нет группы «{group}»; группы: {groups}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Select {low} to {high} parties in the list (Ctrl+click or Shift+click) and press Compare, or choose a group here.</source>
        <translation>Выберите в списке от {low} до {high} партий (Ctrl+щелчок или Shift+щелчок) и нажмите «Сравнить» или выберите здесь группу.</translation>
    </message>
    <message>
        <source>Compare a whole group…</source>
        <translation>Сравнить целую группу…</translation>
    </message>
    <message>
        <source>Show in article</source>
        <translation>Показать в статье</translation>
    </message>
    <message>
        <source>Copy with citation</source>
        <translation>Копировать со ссылкой</translation>
    </message>
    <message>
        <source>Compare a group</source>
        <translation>Сравнить группу</translation>
    </message>
    <message>
        <source>{group} ({where}): {count} parties</source>
        <translation>{group} ({where}) — партий: {count}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>{count} parties. Click an item to read it in the article; right-click to copy it with its citation.</source>
        <translation>Партий: {count}. Щёлкните по пункту, чтобы прочитать его в статье; правая кнопка — копировать со ссылкой.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy with citation</source>
        <translation>Копировать со ссылкой</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>The file cannot be reached ({error}).</source>
        <translation>К файлу нет доступа ({error}).</translation>
    </message>
    <message>
        <source>This is a folder, not a database file.</source>
        <translation>Это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, pipe or socket), so not a database.</source>
        <translation>Это не обычный файл (а устройство, канал или сокет), а значит, не база данных.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Файл пуст (0 байт).</translation>
    </message>
    <message>
        <source>SQLite cannot open it ({error}).</source>
        <translation>SQLite не может его открыть ({error}).</translation>
    </message>
    <message>
        <source>This is an SQLite file, but not a kzbrowser database (application_id {found:#x}, expected {expected:#x}).</source>
        <translation>Это файл SQLite, но не база данных kzbrowser (application_id {found:#x}, ожидался {expected:#x}).</translation>
    </message>
    <message>
        <source>The database has schema version {found}; this kzbrowser reads version {expected}.</source>
        <translation>Версия схемы базы данных — {found}; эта версия kzbrowser читает версию {expected}.</translation>
    </message>
    <message>
        <source>The database is damaged (quick_check: {result}).</source>
        <translation>База данных повреждена (quick_check: {result}).</translation>
    </message>
    <message>
        <source>The database does not have the contents kzbrowser reads: {problem}.</source>
        <translation>В базе данных нет того, что читает kzbrowser: {problem}.</translation>
    </message>
    <message>
        <source>The database does not have the contents kzbrowser reads: {problem} (and {count} more problems).</source>
        <translation>В базе данных нет того, что читает kzbrowser: {problem} (других проблем: {count}).</translation>
    </message>
    <message>
        <source>The database is damaged ({error}).</source>
        <translation>База данных повреждена ({error}).</translation>
    </message>
    <message>
        <source>The file is not a usable SQLite database ({error}).</source>
        <translation>Файл не является пригодной базой данных SQLite ({error}).</translation>
    </message>
    <message>
        <source>The file changed while kzbrowser was opening it; start kzbrowser again.</source>
        <translation>Файл изменился, пока kzbrowser его открывал; запустите kzbrowser снова.</translation>
    </message>
    <message>
        <source>{table} is a view, not a table</source>
        <translation>{table} — представление, а не таблица</translation>
    </message>
    <message>
        <source>the search index {table} is missing</source>
        <translation>нет поискового индекса {table}</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>нет таблицы {table}</translation>
    </message>
    <message>
        <source>the table {table} has no column {column}</source>
        <translation>в таблице {table} нет столбца {column}</translation>
    </message>
    <message>
        <source>{table}.{column} is declared {found}, not {kind}</source>
        <translation>столбец {table}.{column} объявлен как {found}, а не {kind}</translation>
    </message>
    <message>
        <source>{table}.{column} is declared untyped, not {kind}</source>
        <translation>столбец {table}.{column} объявлен без типа, а не как {kind}</translation>
    </message>
    <message>
        <source>the table {table} has an unknown column {column}</source>
        <translation>в таблице {table} есть неизвестный столбец {column}</translation>
    </message>
    <message>
        <source>the table {table} holds a value of the wrong type (row {row})</source>
        <translation>в таблице {table} есть значение неверного типа (строка {row})</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Party details</source>
        <translation>Сведения о партии</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Заголовок страницы</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>No further result.</source>
        <translation>Дальше результатов нет.</translation>
    </message>
    <message>
        <source>No earlier result.</source>
        <translation>Раньше результатов нет.</translation>
    </message>
    <message>
        <source>Text at its usual size</source>
        <translation>Текст обычного размера</translation>
    </message>
    <message>
        <source>Text size {level} pt</source>
        <translation>Размер текста {level} пт</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Slide 16:9 (1920 × 1080 px)</source>
        <translation>Слайд 16:9 (1920 × 1080 пикс.)</translation>
    </message>
    <message>
        <source>Slide 4:3 (1440 × 1080 px)</source>
        <translation>Слайд 4:3 (1440 × 1080 пикс.)</translation>
    </message>
    <message>
        <source>Paper, one column (8.5 × 10.5 cm, 300 dpi)</source>
        <translation>Статья, одна колонка (8,5 × 10,5 см, 300 dpi)</translation>
    </message>
    <message>
        <source>Paper, full width (17 × 12 cm, 300 dpi)</source>
        <translation>Статья, во всю ширину (17 × 12 см, 300 dpi)</translation>
    </message>
    <message>
        <source>Standard page (10 inches wide, as tall as needed)</source>
        <translation>Стандартная страница (ширина 10 дюймов, высота по содержимому)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>Export {format}</source>
        <translation>Экспорт в {format}</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Легенда</translation>
    </message>
    <message>
        <source>&amp;Notes and source</source>
        <translation>&amp;Примечания и источник</translation>
    </message>
    <message>
        <source>&amp;Greyscale</source>
        <translation>&amp;Оттенки серого</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Preview of the exported page</source>
        <translation>Предпросмотр экспортируемой страницы</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Страница:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;Text scale:</source>
        <translation>&amp;Масштаб текста:</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Годы:</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>cannot write {target}: give a file name, not a folder</source>
        <translation>не удаётся записать {target}: укажите имя файла, а не папку</translation>
    </message>
    <message>
        <source>cannot write {target}: {folder} is not a folder</source>
        <translation>не удаётся записать {target}: {folder} — не папка</translation>
    </message>
    <message>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>не удаётся записать {target}: папки {folder} не существует</translation>
    </message>
    <message>
        <source>cannot write {target}: it is a folder; give a file name</source>
        <translation>не удаётся записать {target}: это папка; укажите имя файла</translation>
    </message>
    <message>
        <source>not replacing {target}: it is not a regular file (a device, pipe or socket)</source>
        <translation>{target} не заменён: это не обычный файл (а устройство, канал или сокет)</translation>
    </message>
    <message>
        <source>{target} exists; not replacing it (choose another name, or pass --force)</source>
        <translation>{target} уже существует и не заменён (выберите другое имя или укажите --force)</translation>
    </message>
    <message>
        <source>not replacing {target}: it has other hard links, which would keep the old contents; write to another name</source>
        <translation>{target} не заменён: у него есть другие жёсткие ссылки, которые сохранили бы старое содержимое; запишите под другим именем</translation>
    </message>
    <message>
        <source>cannot write to the folder {folder}: {error}</source>
        <translation>не удаётся записать в папку {folder}: {error}</translation>
    </message>
    <message>
        <source>nothing was written to {target}</source>
        <translation>в {target} ничего не записано</translation>
    </message>
    <message>
        <source>cannot write {target}: {problem} (is the disk full?)</source>
        <translation>не удаётся записать {target}: {problem} (не переполнен ли диск?)</translation>
    </message>
    <message>
        <source>cannot write {target}: {error}</source>
        <translation>не удаётся записать {target}: {error}</translation>
    </message>
    <message>
        <source>{target} appeared while it was being written; not replacing it</source>
        <translation>{target} появился во время записи и не заменён</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Opposition parties</source>
        <translation>Оппозиционные партии</translation>
    </message>
    <message>
        <source>footnote 1</source>
        <translation>сноска 1</translation>
    </message>
    <message>
        <source>Not yet registered at the time of the poll</source>
        <translation>Ко времени опроса ещё не зарегистрированы</translation>
    </message>
    <message>
        <source>footnote 5</source>
        <translation>сноска 5</translation>
    </message>
    <message>
        <source>Stated to support the president&apos;s course</source>
        <translation>Заявляют о поддержке курса президента</translation>
    </message>
    <message>
        <source>section 3</source>
        <translation>раздел 3</translation>
    </message>
</context>
<context>
    <name>Inferences</name>
    <message>
        <source>The Republican Political Party of Labor (RPL) of the 1999 elections is the Republican Party of Labor that joined Otan.</source>
        <translation>Republican Political Party of Labor (RPL) выборов 1999 года — это та Republican Party of Labor, которая вошла в Otan.</translation>
    </message>
    <message>
        <source>Section 1 lists &apos;the Republican Political Party of Labor (RPL)&apos;; section 3 says &apos;the Republican Party of Labor ... joined the Republican Party Otan&apos;. The names differ by one word and the article does not say that they are one party.</source>
        <translation>В разделе 1 названа «the Republican Political Party of Labor (RPL)»; в разделе 3 сказано: «the Republican Party of Labor … joined the Republican Party Otan». Названия различаются одним словом, и статья не говорит, что это одна и та же партия.</translation>
    </message>
    <message>
        <source>Footnote 1&apos;s &apos;two Communist parties&apos; are the Communist Party of Kazakhstan and the Communist People&apos;s Party.</source>
        <translation>«two Communist parties» из сноски 1 — это Communist Party of Kazakhstan и Communist People&apos;s Party.</translation>
    </message>
    <message>
        <source>The footnote does not name them; they are the only two of Table 1&apos;s twelve parties with &apos;Communist&apos; in their names.</source>
        <translation>Сноска их не называет; это единственные две из двенадцати партий таблицы 1, в названиях которых есть слово «Communist».</translation>
    </message>
    <message>
        <source>Footnote 5&apos;s &apos;other parties&apos;, not yet registered at the time of the poll, are the five parties of Table 1 missing from Table 4.</source>
        <translation>«other parties» из сноски 5, ещё не зарегистрированные ко времени опроса, — это пять партий таблицы 1, которых нет в таблице 4.</translation>
    </message>
    <message>
        <source>The footnote, printed under Table 4, does not name them.</source>
        <translation>Сноска, напечатанная под таблицей 4, их не называет.</translation>
    </message>
    <message>
        <source>A circulation printed once after two newspapers is given to each of them, and noted as printed once for both titles.</source>
        <translation>Тираж, указанный один раз после названий двух газет, приписан каждой из них с пометкой, что в тексте он указан один раз для обоих изданий.</translation>
    </message>
    <message>
        <source>&apos;with the circulation of 6,000&apos; (Asar) and &apos;with a circulation of 4,000&apos; (Democratic Party) follow two titles; the article does not say whether the figure is each title&apos;s or both together.</source>
        <translation>«with the circulation of 6,000» (Asar) и «with a circulation of 4,000» (Democratic Party) стоят после двух названий; статья не говорит, относится ли цифра к каждому изданию или к обоим вместе.</translation>
    </message>
    <message>
        <source>Each party&apos;s part of section 3 is about the Table 1 party whose name its heading shortens (&apos;The Party Asar&apos; is Table 1&apos;s &apos;Republican Party Asar&apos;).</source>
        <translation>Каждая часть раздела 3 посвящена той партии таблицы 1, чьё название сокращено в её заголовке («The Party Asar» — это «Republican Party Asar» таблицы 1).</translation>
    </message>
    <message>
        <source>Seven headings differ from the Table 1 names and the article does not pair them; each heading fits exactly one Table 1 name.</source>
        <translation>Семь заголовков расходятся с названиями в таблице 1, и статья их не сопоставляет; каждый заголовок подходит ровно к одному названию таблицы 1.</translation>
    </message>
    <message>
        <source>A date printed to the month, season, part of a year or year allows a range of days: spring is March-May, summer June-August, fall September-November, &apos;early in&apos; a year January-April.</source>
        <translation>Дата, напечатанная с точностью до месяца, времени года, части года или года, допускает диапазон дней: весна — март–май, лето — июнь–август, осень — сентябрь–ноябрь, «Early in» (в начале) года — январь–апрель.</translation>
    </message>
    <message>
        <source>The article prints no day for these dates; the ranges (from the earliest to the latest day each could be) only place them on the timeline and sort them, and every output shows the date as printed with its precision.</source>
        <translation>Дня у этих дат статья не указывает; диапазоны (от самого раннего до самого позднего возможного дня) служат лишь для того, чтобы расположить даты на шкале времени и упорядочить их, а показывается дата везде так, как напечатана, с её точностью.</translation>
    </message>
    <message>
        <source>Misprints are read as the forms scholars write: AuyI as Auyl, egi-bin as cgi-bin (&apos;probably&apos; in the profile), KURGANskaIA as Kurganskaia, (in %%) as (in %).</source>
        <translation>Опечатки прочитаны в тех формах, в которых их пишут исследователи: AuyI как Auyl, egi-bin как cgi-bin («вероятно» в профиле), KURGANskaIA как Kurganskaia, (in %%) как (in %).</translation>
    </message>
    <message>
        <source>Typesetting artefacts of the source; the printed form is kept beside the normalised one (table artefacts) and search finds either.</source>
        <translation>Это артефакты набора источника; напечатанная форма хранится рядом с нормализованной (таблица artefacts), и поиск находит любую из них.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Партия</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Ста&amp;тья</translation>
    </message>
    <message>
        <source>Loading the article…</source>
        <translation>Загрузка статьи…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>П&amp;оиск</translation>
    </message>
    <message>
        <source>Loading search…</source>
        <translation>Загрузка поиска…</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>Loading charts…</source>
        <translation>Загрузка диаграмм…</translation>
    </message>
    <message>
        <source>About the &amp;data</source>
        <translation>О да&amp;нных</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ср&amp;авнение</translation>
    </message>
    <message>
        <source>Select a party on the left; every fact links to where the article says it.</source>
        <translation>Выберите партию слева; каждый факт ведёт к месту статьи, где он приводится.</translation>
    </message>
    <message>
        <source>Copied: {text}</source>
        <translation>Скопировано: {text}</translation>
    </message>
    <message>
        <source>Charts are not available: {error}</source>
        <translation>Диаграммы недоступны: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>About the data</source>
        <translation>О данных</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Экспорт диаграммы в &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the current chart as PNG</source>
        <translation>Сохранить текущую диаграмму в формате PNG</translation>
    </message>
    <message>
        <source>Export Chart as &amp;SVG…</source>
        <translation>Экспорт диаграммы в &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the current chart as SVG</source>
        <translation>Сохранить текущую диаграмму в формате SVG</translation>
    </message>
    <message>
        <source>Export Chart as P&amp;DF…</source>
        <translation>Экспорт диаграммы в P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the current chart as PDF</source>
        <translation>Сохранить текущую диаграмму в формате PDF</translation>
    </message>
    <message>
        <source>Export Chart &amp;Data as CSV…</source>
        <translation>Экспорт д&amp;анных диаграммы в CSV…</translation>
    </message>
    <message>
        <source>Save the current chart&apos;s data as CSV</source>
        <translation>Сохранить данные текущей диаграммы в формате CSV</translation>
    </message>
    <message>
        <source>Copy Chart &amp;Image</source>
        <translation>Копировать &amp;изображение диаграммы</translation>
    </message>
    <message>
        <source>Copy the current chart to the clipboard as an image</source>
        <translation>Скопировать текущую диаграмму в буфер обмена как изображение</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Язык системы</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Back to the place you were before (Alt+Left)</source>
        <translation>Назад, к предыдущему месту (Alt+Влево)</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Снова вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Search quotes and the article</source>
        <translation>Искать в цитатах и в статье</translation>
    </message>
    <message>
        <source>Filter &amp;parties</source>
        <translation>&amp;Фильтр партий</translation>
    </message>
    <message>
        <source>Type a party&apos;s name, variant or abbreviation</source>
        <translation>Введите название партии, его вариант или аббревиатуру</translation>
    </message>
    <message>
        <source>Copy article &amp;citation</source>
        <translation>Копировать &amp;ссылку на статью</translation>
    </message>
    <message>
        <source>Copy a citation of the article</source>
        <translation>Скопировать библиографическую ссылку на статью</translation>
    </message>
    <message>
        <source>Copy citation as &amp;BibTeX</source>
        <translation>Копировать ссылку в формате &amp;BibTeX</translation>
    </message>
    <message>
        <source>Copy a BibTeX entry for the article</source>
        <translation>Скопировать запись BibTeX для статьи</translation>
    </message>
    <message>
        <source>Citation &amp;details…</source>
        <translation>&amp;Выходные данные для ссылок…</translation>
    </message>
    <message>
        <source>Journal, year, volume, issue, pages and address for citations, and the style</source>
        <translation>Журнал, год, том, номер, страницы и адрес для ссылок, а также стиль</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the current party, comparison or the article, with a preview</source>
        <translation>Напечатать текущую партию, сравнение или статью, с предпросмотром</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить как P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the current party, comparison or the article as a PDF (A4 or Letter)</source>
        <translation>Сохранить текущую партию, сравнение или статью в PDF (A4 или Letter)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Экспорт в &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the current party or comparison as a Markdown file</source>
        <translation>Сохранить текущую партию или сравнение в файл Markdown</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Закрыть окно</translation>
    </message>
    <message>
        <source>&amp;About kzbrowser</source>
        <translation>О &amp;программе kzbrowser</translation>
    </message>
    <message>
        <source>The version, Qt&apos;s and the data&apos;s checksum</source>
        <translation>Версия, версия Qt и контрольная сумма данных</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Ди&amp;аграммы</translation>
    </message>
    <message>
        <source>Show &amp;charts</source>
        <translation>Показать &amp;диаграммы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About the &amp;data</source>
        <translation>О &amp;данных</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the selection</source>
        <translation>Копировать выделенное</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Open the next search result (F3)</source>
        <translation>Открыть следующий результат поиска (F3)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Open the previous search result (Shift+F3)</source>
        <translation>Открыть предыдущий результат поиска (Shift+F3)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Larger text in the article and the pages</source>
        <translation>Крупнее текст статьи и страниц</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Smaller text in the article and the pages</source>
        <translation>Мельче текст статьи и страниц</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>The text at its usual size</source>
        <translation>Текст обычного размера</translation>
    </message>
    <message>
        <source>&amp;Overview and Help</source>
        <translation>О&amp;бзор и справка</translation>
    </message>
    <message>
        <source>What the article is, its parties, and how to use kzbrowser (F1)</source>
        <translation>О чём статья, её партии и как пользоваться kzbrowser (F1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language is used from the next start of kzbrowser.</source>
        <translation>Новый язык интерфейса будет применён при следующем запуске kzbrowser.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Look a party up</source>
        <translation>Найти партию</translation>
    </message>
    <message>
        <source>click it in the list on the left, or type any of its names or its abbreviation in the filter above the list (Ctrl+L).</source>
        <translation>щёлкните по ней в списке слева или введите любое её название или сокращение в фильтр над списком (Ctrl+L).</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Ctrl+F: every quote and paragraph with all the words typed, as you type. “exact phrase”, a OR b, -word and prefix* work too; Down moves to the results, Enter opens one, F3 the next.</source>
        <translation>Ctrl+F: все цитаты и абзацы со всеми введёнными словами, по мере ввода. Работают также “exact phrase”, a OR b, -word и prefix*; стрелка вниз переходит к результатам, Enter открывает результат, F3 — следующий.</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Цитировать</translation>
    </message>
    <message>
        <source>each fact on a party&apos;s page has its actions beside it: ↗ shows the passage in the article, ❝ copies the text with a citation, ❐ copies the value alone (also on a right click). File &gt; Copy article citation cites the whole article.</source>
        <translation>рядом с каждым фактом на странице партии — его действия: ↗ показывает место в статье, ❝ копирует текст со ссылкой, ❐ копирует одно значение (они есть и в меню правой кнопки). «Файл &gt; Копировать ссылку на статью» даёт ссылку на всю статью.</translation>
    </message>
    <message>
        <source>Find your way</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>Alt+Left and Alt+Right (or the mouse&apos;s back and forward buttons) go back and forward through the places you visited; Ctrl++ and Ctrl+- make the text larger or smaller; F1 shows this page again.</source>
        <translation>Alt+Влево и Alt+Вправо (или боковые кнопки мыши) ведут назад и вперёд по посещённым местам; Ctrl++ и Ctrl+- делают текст крупнее или мельче; F1 снова показывает эту страницу.</translation>
    </message>
    <message>
        <source>(title not recorded)</source>
        <translation>(название не записано)</translation>
    </message>
    <message>
        <source>(author not recorded)</source>
        <translation>(автор не записан)</translation>
    </message>
    <message>
        <source>kzbrowser shows what this article says of Kazakhstan&apos;s political parties, every fact with the passage it comes from.</source>
        <translation>kzbrowser показывает, что эта статья говорит о политических партиях Казахстана, — каждый факт вместе с местом, откуда он взят.</translation>
    </message>
    <message>
        <source>What the article covers: its sections</source>
        <translation>О чём статья: её разделы</translation>
    </message>
    <message>
        <source>Open the article at this section</source>
        <translation>Открыть статью на этом разделе</translation>
    </message>
    <message>
        <source>The {count} parties at a glance (Table 1)</source>
        <translation>Партии ({count}) вкратце (таблица 1)</translation>
    </message>
    <message>
        <source>opposition</source>
        <translation>оппозиция</translation>
    </message>
    <message>
        <source>not in poll</source>
        <translation>нет в опросе</translation>
    </message>
    <message>
        <source>Members: Table 1 of the article; “No data” is unknown, not zero. Opposition: footnote 1. Not in poll: not yet registered when the poll of Table 4 was taken (footnote 5; inference: it names no party).</source>
        <translation>Численность: таблица 1 статьи; “No data” значит «неизвестно», а не ноль. Оппозиция: сноска 1. Нет в опросе: ещё не была зарегистрирована ко времени опроса таблицы 4 (сноска 5; вывод: партия не названа).</translation>
    </message>
    <message>
        <source>Using kzbrowser</source>
        <translation>Как пользоваться kzbrowser</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Show in article</source>
        <translation>Показать в статье</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Копировать значение</translation>
    </message>
    <message>
        <source>{action} (characters {where})</source>
        <translation>{action} (символы {where})</translation>
    </message>
    <message>
        <source>Copy with citation</source>
        <translation>Копировать со ссылкой</translation>
    </message>
</context>
<context>
    <name>PartyListPane</name>
    <message>
        <source>Table 1 order</source>
        <translation>Порядок таблицы 1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Численность</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Filter parties: name, variant or abbreviation</source>
        <translation>Фильтр: название, сокращение</translation>
    </message>
    <message>
        <source>Filter parties</source>
        <translation>Фильтр партий</translation>
    </message>
    <message>
        <source>Sort parties by</source>
        <translation>Сортировать партии по</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>Сорт&amp;ировка:</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Show parties of a group</source>
        <translation>Показать партии группы</translation>
    </message>
    <message>
        <source>Show all parties</source>
        <translation>Показать все партии</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>Сравн&amp;ить</translation>
    </message>
    <message>
        <source>Compare the selected parties side by side (select 2 to 6 with Ctrl+click)</source>
        <translation>Сравнить выбранные партии рядом (выберите от 2 до 6 с помощью Ctrl+щелчка)</translation>
    </message>
    <message>
        <source>No party matches this filter.</source>
        <translation>Ни одна партия не подходит под этот фильтр.</translation>
    </message>
    <message>
        <source>Show the 10 parties of the &amp;1999 election</source>
        <translation>Показать 10 партий выборов &amp;1999 года</translation>
    </message>
    <message>
        <source>Parties of the 1999 election</source>
        <translation>Партии выборов 1999 года</translation>
    </message>
    <message>
        <source>C&amp;ompare ({count})</source>
        <translation>Сравн&amp;ить ({count})</translation>
    </message>
    <message>
        <source>Compare the selected parties ({count})</source>
        <translation>Сравнить выбранные партии ({count})</translation>
    </message>
    <message>
        <source>Compare a whole group</source>
        <translation>Сравнить целую группу</translation>
    </message>
</context>
<context>
    <name>PartyModels</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Членов</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Table 1: membership as of 1 July 2004</source>
        <translation>Таблица 1: численность на 1 июля 2004 года</translation>
    </message>
    <message>
        <source>Date of registration as printed (month-only dates sort by their first day)</source>
        <translation>Дата регистрации, как в тексте (даты с точностью до месяца сортируются по первому дню)</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation>Также: {names}</translation>
    </message>
    <message>
        <source>Membership: No data in Table 1 (unknown, not zero)</source>
        <translation>Численность: в таблице 1 «No data» (неизвестно, а не ноль)</translation>
    </message>
    <message>
        <source>Opposition party (footnote 1)</source>
        <translation>Оппозиционная партия (сноска 1)</translation>
    </message>
    <message>
        <source>Opposition: footnote 1. Not in poll: not yet registered when the poll of Table 4 was taken (footnote 5; inference: it names no party).</source>
        <translation>Оппозиция: сноска 1. Нет в опросе: партия ещё не была зарегистрирована во время опроса из таблицы 4 (сноска 5; вывод: партия не названа).</translation>
    </message>
    <message>
        <source>Not yet registered at the time of the poll (footnote 5; inference: it names no party)</source>
        <translation>Ещё не была зарегистрирована во время опроса (сноска 5; вывод: партия не названа)</translation>
    </message>
    <message>
        <source>{name}, {members} members. {notes}</source>
        <translation>{name}, численность: {members}. {notes}</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Оппозиция</translation>
    </message>
    <message>
        <source>Not in poll</source>
        <translation>Нет в опросе</translation>
    </message>
    <message>
        <source>1999 party</source>
        <translation>Партия 1999 года</translation>
    </message>
    <message>
        <source>Abbr.</source>
        <translation>Сокр.</translation>
    </message>
    <message>
        <source>In 2004</source>
        <translation>В 2004 году</translation>
    </message>
    <message>
        <source>renamed → {}</source>
        <translation>переименована → {}</translation>
    </message>
    <message>
        <source>joined {}</source>
        <translation>вошла в {}</translation>
    </message>
    <message>
        <source>In 2004: </source>
        <translation>В 2004 году: </translation>
    </message>
    <message>
        <source>the article does not say what became of it.</source>
        <translation>в статье не сказано, что с ней стало.</translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message>
        <source>This view has nothing to print: open a party, the article or a comparison.</source>
        <translation>Здесь нечего печатать: откройте партию, статью или сравнение.</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF на бумаге A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF на бумаге US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Предпросмотр печати — {title}</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Печать не удалась</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>Save as PDF failed</source>
        <translation>Не удалось сохранить PDF</translation>
    </message>
    <message>
        <source>Could not write
{path}

{error}.

Nothing was written. Choose another folder.</source>
        <translation>Не удалось записать
{path}

{error}.

Ничего не записано. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>This view has no Markdown export: open a party or a comparison.</source>
        <translation>Этот вид нельзя экспортировать в Markdown: откройте партию или сравнение.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>page {number} of {count}</source>
        <translation>стр. {number} из {count}</translation>
    </message>
    <message>
        <source>the page is too small for the text</source>
        <translation>страница слишком мала для текста</translation>
    </message>
    <message>
        <source>cannot start painting on the printer or file</source>
        <translation>не удаётся начать вывод на принтер или в файл</translation>
    </message>
    <message>
        <source>the printer or file refused a new page</source>
        <translation>принтер или файл не принял новую страницу</translation>
    </message>
    <message>
        <source>the PDF writer refused the page layout</source>
        <translation>модуль записи PDF не принял макет страницы</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>exact day</source>
        <translation>точный день</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>только месяц</translation>
    </message>
    <message>
        <source>season only</source>
        <translation>только время года</translation>
    </message>
    <message>
        <source>part of a year</source>
        <translation>часть года</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>только год</translation>
    </message>
    <message>
        <source>no date printed</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>Constituent congress</source>
        <translation>Учредительный съезд</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Съезд</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Re-registered</source>
        <translation>Перерегистрация</translation>
    </message>
    <message>
        <source>re-registered as</source>
        <translation>перерегистрирована в</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>переименована в</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>вошла в</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Source not stated</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <source>Membership (Table 1; its sources: footnote 2)</source>
        <translation>Численность (таблица 1; источники — в сноске 2)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены партии</translation>
    </message>
    <message>
        <source>Parliamentary faction</source>
        <translation>Парламентская фракция</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>head</source>
        <translation>глава</translation>
    </message>
    <message>
        <source>co-chair</source>
        <translation>сопредседатель</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>лидер</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>deputy chair</source>
        <translation>заместитель председателя</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>основатель</translation>
    </message>
    <message>
        <source>head of the political council</source>
        <translation>глава политсовета</translation>
    </message>
    <message>
        <source>first secretary</source>
        <translation>первый секретарь</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском языке</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>на казахском языке</translation>
    </message>
    <message>
        <source>bilingual</source>
        <translation>на двух языках</translation>
    </message>
    <message>
        <source>printed once for both titles</source>
        <translation>в тексте указан один раз для обоих изданий</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>газета</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>еженедельник</translation>
    </message>
    <message>
        <source>magazine</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>internet publication</source>
        <translation>интернет-издание</translation>
    </message>
    <message>
        <source>Printed “{name}”</source>
        <translation>В тексте: «{name}»</translation>
    </message>
    <message>
        <source> — inference: the footnote says “the two Communist parties”</source>
        <translation> — вывод: в сноске сказано «The two Communist parties»</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:{warn}&quot;&gt;Opposition party&lt;/b&gt; (footnote 1{how})</source>
        <translation>&lt;b style=&quot;color:{warn}&quot;&gt;Оппозиционная партия&lt;/b&gt; (сноска 1{how})</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:{muted}&quot;&gt;Not yet registered at the time of the poll&lt;/b&gt; (Table 4, footnote 5; inference: it names no party)</source>
        <translation>&lt;b style=&quot;color:{muted}&quot;&gt;Ещё не была зарегистрирована во время опроса&lt;/b&gt; (таблица 4, сноска 5; вывод: партия не названа)</translation>
    </message>
    <message>
        <source>Not in Table 4: the party was not yet registered when the poll was taken (footnote 5; inference: it names no party).</source>
        <translation>Нет в таблице 4: партия ещё не была зарегистрирована во время опроса (сноска 5; вывод: партия не названа).</translation>
    </message>
    <message>
        <source>Also: </source>
        <translation>Также: </translation>
    </message>
    <message>
        <source>Read this party&apos;s part of the article</source>
        <translation>Читать часть статьи об этой партии</translation>
    </message>
    <message>
        <source>&lt;b&gt;No data&lt;/b&gt; &lt;span style=&quot;color:{muted}&quot;&gt;— unknown, not zero&lt;/span&gt;</source>
        <translation>&lt;b&gt;No data&lt;/b&gt; &lt;span style=&quot;color:{muted}&quot;&gt;— нет данных: неизвестно, а не ноль&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{members}&lt;/b&gt; members — rank {rank} of the 10 parties with data</source>
        <translation>Численность: &lt;b&gt;{members}&lt;/b&gt; — {rank}-е место из 10 партий, по которым есть данные</translation>
    </message>
    <message>
        <source>Assessment of practical results (Table 4, %)</source>
        <translation>Оценка практических результатов (таблица 4, %)</translation>
    </message>
    <message>
        <source>Leaders and founders</source>
        <translation>Руководители и основатели</translation>
    </message>
    <message>
        <source> (since {date})</source>
        <translation> (с {date})</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>after {date}</source>
        <translation>после {date}</translation>
    </message>
    <message>
        <source>Social basis</source>
        <translation>Социальная база</translation>
    </message>
    <message>
        <source>Also stated</source>
        <translation>Другие сведения</translation>
    </message>
    <message>
        <source>Quotes ({count})</source>
        <translation>Цитаты ({count})</translation>
    </message>
    <message>
        <source>The article quotes nothing from this party; what it stands for is summarised in the party&apos;s part of the article.</source>
        <translation>Статья не цитирует эту партию; её позиции изложены своими словами в части статьи об этой партии.</translation>
    </message>
    <message>
        <source>quote {number}</source>
        <translation>цитата {number}</translation>
    </message>
    <message>
        <source>New elements of nationalities policy (section 4)</source>
        <translation>Новые элементы национальной политики (раздел 4)</translation>
    </message>
    <message>
        <source>Newspapers and other media</source>
        <translation>Газеты и другие СМИ</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>язык: {language}</translation>
    </message>
    <message>
        <source>circulation {figure}</source>
        <translation>тираж {figure}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>(printed {name})</source>
        <translation>(в тексте: {name})</translation>
    </message>
    <message>
        <source>Web addresses (as printed; kzbrowser works offline)</source>
        <translation>Веб-адреса (как в тексте; kzbrowser работает без сети)</translation>
    </message>
    <message>
        <source>(probably {name})</source>
        <translation>(вероятно, {name})</translation>
    </message>
    <message>
        <source> — on the site of {host}</source>
        <translation> — на сайте {host}</translation>
    </message>
    <message>
        <source>Origins and predecessors</source>
        <translation>Происхождение и предшественники</translation>
    </message>
    <message>
        <source>(inference, see below)</source>
        <translation>(вывод, см. ниже)</translation>
    </message>
    <message>
        <source>1999 election: </source>
        <translation>Выборы 1999 года: </translation>
    </message>
    <message>
        <source>{how} this party</source>
        <translation>{how} эту партию</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inference:&lt;/b&gt; {statement} </source>
        <translation>&lt;b&gt;Вывод:&lt;/b&gt; {statement} </translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Почему: {reason}</translation>
    </message>
    <message>
        <source>One of the ten parties that registered candidates at the 1999 parliamentary elections (section 1).</source>
        <translation>Одна из десяти партий, выдвинувших кандидатов на парламентских выборах 1999 года (раздел 1).</translation>
    </message>
    <message>
        <source>In 2004</source>
        <translation>В 2004 году</translation>
    </message>
    <message>
        <source>Re-registered as</source>
        <translation>Перерегистрирована как</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Переименована в</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Вошла в</translation>
    </message>
    <message>
        <source>The article does not say what became of this party.</source>
        <translation>В статье не сказано, что стало с этой партией.</translation>
    </message>
    <message>
        <source>Inferences (kzbrowser&apos;s reading; the article does not state these)</source>
        <translation>Выводы (прочтение kzbrowser; в статье это прямо не сказано)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Article paragraphs</source>
        <translation>Абзацы статьи</translation>
    </message>
    <message>
        <source>Title, headings, tables and footnotes</source>
        <translation>Заглавие, заголовки, таблицы и сноски</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>Section {number}</source>
        <translation>Раздел {number}</translation>
    </message>
    <message>
        <source>Before section 1</source>
        <translation>До раздела 1</translation>
    </message>
    <message>
        <source>Enter or double-click: open the party at this quote</source>
        <translation>Enter или двойной щелчок: открыть партию на этой цитате</translation>
    </message>
    <message>
        <source>Enter or double-click: open the article where this is printed</source>
        <translation>Enter или двойной щелчок: открыть статью на этом месте</translation>
    </message>
</context>
<context>
    <name>Save</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Could not write
{path}

{error}.

Nothing was written. Choose another folder.</source>
        <translation>Не удалось записать
{path}

{error}.

Ничего не записано. Выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <source>Search the quotes and the article.
  ethnic harmony        texts containing all the words, in any order
  &quot;ethnic harmony&quot;      the exact phrase (&quot;curly&quot; quotes work too)
  harmony OR accord     either word (OR in capitals; it binds the two words next to it)
  ethnic -clashes       exclude a word (also: ethnic NOT clashes); -&quot;a phrase&quot; too
  democra*              words starting with democra
The title, the author, headings, table captions and lines and the footnotes are searched too.
Case, accents and word endings do not matter: democrats finds democratic, cafe finds café.
A party is found under any of its names and variants: Auyl and AuyI, Otan and the Homeland, CPK;
its quotes and paragraphs count even where they do not name it.
Names typed in Cyrillic, Russian or Kazakh, find the article&apos;s Latin spelling: Отан Otan, Ақ жол Ak zhol.
Anything else (an unclosed quote, a lone operator, parentheses) is searched as plain words.</source>
        <translation>Поиск по цитатам и статье (статья на английском: слова запроса — английские).
  ethnic harmony        тексты со всеми этими словами, в любом порядке
  &quot;ethnic harmony&quot;      точная фраза (подходят и «ёлочки», и “лапки”)
  harmony OR accord     любое из слов (OR заглавными; связывает два соседних слова)
  ethnic -clashes       исключить слово (или: ethnic NOT clashes); также -&quot;фраза&quot;
  democra*              слова, начинающиеся с democra
Ищется также в заглавии, имени автора, заголовках, названиях и строках таблиц и в сносках.
Регистр, диакритика и окончания не важны: democrats найдёт democratic, cafe — café.
Партия находится под любым своим названием и вариантом: Auyl и AuyI, Otan и the Homeland, CPK;
её цитаты и абзацы учитываются, даже если в них она не названа.
Названия, набранные кириллицей (по-русски или по-казахски), находят латинское написание статьи: Отан Otan, Ақ жол Ak zhol.
Всё прочее (незакрытая кавычка, одинокий оператор, скобки) ищется как обычные слова.</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Место работы автора</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Table caption</source>
        <translation>Название таблицы</translation>
    </message>
    <message>
        <source>Table line</source>
        <translation>Строка таблицы</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Сноска</translation>
    </message>
</context>
<context>
    <name>SearchNotice</name>
    <message>
        <source>{typed} → {forms} (and {count} more)</source>
        <translation>{typed} → {forms} (и ещё {count})</translation>
    </message>
    <message>
        <source>In the article&apos;s spelling: {terms}.</source>
        <translation>В написании статьи: {terms}.</translation>
    </message>
    <message>
        <source>The query could not be used as typed</source>
        <translation>Запрос нельзя использовать в том виде, в каком он набран</translation>
    </message>
    <message>
        <source>The search failed; try other words.</source>
        <translation>Поиск не удался; попробуйте другие слова.</translation>
    </message>
    <message>
        <source>The query only excludes words; add a word to search for.</source>
        <translation>Запрос только исключает слова; добавьте слово, которое нужно найти.</translation>
    </message>
    <message>
        <source>The query has no words to look for; add a word to search for.</source>
        <translation>В запросе нет слов для поиска; добавьте слово, которое нужно найти.</translation>
    </message>
    <message>
        <source>Very many matches: the best of the first {limit:,} of each kind are shown; add words to narrow the search.</source>
        <translation>Совпадений очень много: показаны лучшие из первых {limit} каждого вида; добавьте слова, чтобы сузить поиск.</translation>
    </message>
    <message>
        <source>No quote or paragraph matches {words}.</source>
        <translation>Нет цитат и абзацев по запросу: {words}.</translation>
    </message>
    <message>
        <source>No quote or paragraph matches {words} for this party.</source>
        <translation>Нет цитат и абзацев этой партии по запросу: {words}.</translation>
    </message>
    <message>
        <source>No quote matches {words}.</source>
        <translation>Нет цитат по запросу: {words}.</translation>
    </message>
    <message>
        <source>No quote matches {words} for this party.</source>
        <translation>Нет цитат этой партии по запросу: {words}.</translation>
    </message>
    <message>
        <source>No paragraph matches {words}.</source>
        <translation>Нет абзацев по запросу: {words}.</translation>
    </message>
    <message>
        <source>No paragraph matches {words} for this party.</source>
        <translation>Нет абзацев этой партии по запросу: {words}.</translation>
    </message>
    <message>
        <source>The query is not valid</source>
        <translation>Запрос составлен неверно</translation>
    </message>
    <message>
        <source>{problem}, and there are no words to search for.</source>
        <translation>{problem}, а слов для поиска в нём нет.</translation>
    </message>
    <message>
        <source>{problem}, so the query was searched as any of its words, best matches first: {words}.</source>
        <translation>{problem}, поэтому искалось любое из слов запроса, сначала лучшие совпадения: {words}.</translation>
    </message>
    <message>
        <source>{problem}, so the query was searched as plain words (all must match): {words}.</source>
        <translation>{problem}, поэтому запрос искался как обычные слова (должны совпасть все): {words}.</translation>
    </message>
    <message>
        <source>The article is in English and has no {words}</source>
        <translation>Статья написана по-английски, в ней нет: {words}</translation>
    </message>
    <message>
        <source>The query is long ({length:,} characters)</source>
        <translation>Запрос длинный (символов: {length})</translation>
    </message>
    <message>
        <source>The query has {count} terms</source>
        <translation>Слов в запросе: {count}</translation>
    </message>
    <message>
        <source>Parentheses are not part of the query language</source>
        <translation>Скобки не входят в язык запросов</translation>
    </message>
    <message>
        <source>{operator} follows another operator</source>
        <translation>{operator} стоит сразу после другого оператора</translation>
    </message>
    <message>
        <source>{operator} needs a word to look for before it</source>
        <translation>Перед {operator} нужно слово для поиска</translation>
    </message>
    <message>
        <source>A lone - excludes nothing</source>
        <translation>Одинокий минус ничего не исключает</translation>
    </message>
    <message>
        <source>OR joins words to look for, not exclusions</source>
        <translation>OR соединяет искомые слова, а не исключения</translation>
    </message>
    <message>
        <source>The query ends with an operator</source>
        <translation>Запрос заканчивается оператором</translation>
    </message>
    <message>
        <source>A quotation mark is not closed</source>
        <translation>Кавычка не закрыта</translation>
    </message>
    <message>
        <source>* only works at the end of a word, as in democra*</source>
        <translation>* действует только в конце слова, как в democra*</translation>
    </message>
    <message>
        <source>A lone {mark} has no word to work on</source>
        <translation>Одинокий знак {mark} не относится ни к какому слову</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>Quotes and article</source>
        <translation>Цитаты и статья</translation>
    </message>
    <message>
        <source>Quotes only</source>
        <translation>Только цитаты</translation>
    </message>
    <message>
        <source>Article only</source>
        <translation>Только статья</translation>
    </message>
    <message>
        <source>Search quotes and the article, e.g. ethnic harmony, &quot;national unity&quot;, democra*</source>
        <translation>Поиск по цитатам и статье (на английском), напр.: ethnic harmony, &quot;national unity&quot;, democra*</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>How to search</source>
        <translation>Как искать</translation>
    </message>
    <message>
        <source>Only this party</source>
        <translation>Только эта партия</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Все партии</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Где искать</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Экспорт в &amp;Markdown…</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Партия:</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <source>Type to search. Results appear as you type; Enter on a result opens it where it stands. Hover over the search field for the query language.</source>
        <translation>Начните вводить запрос: результаты появляются по мере ввода; Enter на результате открывает его на своём месте. Наведите указатель на поле поиска, чтобы увидеть язык запросов.</translation>
    </message>
    <message>
        <source>The search could not read the database ({error}). About the data shows what is wrong with it.</source>
        <translation>Поиску не удалось прочитать базу данных ({error}). Что с ней не так, показывает вкладка «О данных».</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer words, a prefix like democra*, or OR between alternatives.</source>
        <translation>Ничего не найдено. Попробуйте меньше слов, начало слова вроде democra* или OR между вариантами.</translation>
    </message>
    <message>
        <source>The search field holds at most {limit} characters: longer text was cut there, and this searched its first {length}.</source>
        <translation>Поле поиска вмещает не более {limit} символов: более длинный текст обрезан, искались его первые {length}.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>Table4</name>
    <message>
        <source>Obviously Useful</source>
        <translation>однозначно полезна</translation>
    </message>
    <message>
        <source>Useful on the Whole</source>
        <translation>в целом полезна</translation>
    </message>
    <message>
        <source>Rather Harmful</source>
        <translation>скорее вредна</translation>
    </message>
    <message>
        <source>No Practical Result</source>
        <translation>практического результата нет</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>затрудняюсь ответить</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>ethnic relations</source>
        <translation>межэтнические отношения</translation>
    </message>
    <message>
        <source>citizenship and equal rights</source>
        <translation>гражданство и равноправие</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>culture and traditions</source>
        <translation>культура и традиции</translation>
    </message>
    <message>
        <source>Assembly and national-cultural centers</source>
        <translation>Ассамблея и национально-культурные центры</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>религия</translation>
    </message>
    <message>
        <source>statehood and national unity</source>
        <translation>государственность и национальное единство</translation>
    </message>
    <message>
        <source>democracy and the rule of law</source>
        <translation>демократия и верховенство права</translation>
    </message>
    <message>
        <source>upbringing and patriotism</source>
        <translation>воспитание и патриотизм</translation>
    </message>
    <message>
        <source>economy and welfare</source>
        <translation>экономика и благосостояние</translation>
    </message>
</context>
</TS>
