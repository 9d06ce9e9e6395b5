/**
 * English labels of the long-prose pages (methodology, about, the teacher's guide, the safety kit and the answer
 * guidance): the short strings their generated parts need. The prose itself is in content/pages/en/*.mdx.
 * `src/i18n/pages.uk.ts` has exactly these keys (the compiler checks it against `PagesDictionary`).
 * A string may hold {placeholders}; an array is a list of sentences (the ground rules, the mark-scheme levels).
 */
export const pagesEn = {
  /** Quotation marks around a title: “…” in English, «…» in Ukrainian. */
  'quote': '“{text}”',

  // /methodology/: the known conflicts and the corrections log (generated from the dataset and the changelog).
  'conflicts.why': 'Why they differ',
  'corrections.version': 'The current dataset is version {version}.',
  'corrections.first': 'It was first released as version {version} on {date}.',
  'corrections.none': 'No corrections have been made to the dataset since its first release.',
  'corrections.release': 'Dataset v{version}, {date}',
  'corrections.chaptersNone': 'The text of the chapters has not been corrected since it was published.',
  'corrections.chaptersUpdated': 'Chapters updated since publication: {list}.',
  'corrections.chapterUpdated': '{title} ({date})',
  'corrections.changelogBefore': 'Every change to the data is in ',
  'corrections.changelogLink': 'the dataset\'s changelog',
  'corrections.changelogAfter': '.',
  /** Said before the changelog's entries where they are not in the page's language (empty in English). */
  'corrections.originalLanguage': '',

  // /teach/: contents, lesson plans, chapter guides, printables.
  'teach.toc': 'On this page',
  'teach.toc.who': 'Who this is for',
  'teach.toc.safety': 'Safety kit',
  'teach.toc.using': 'Using the figures and links',
  'teach.toc.impartiality': 'Balance and impartiality',
  'teach.toc.plans': 'Lesson plans',
  'teach.toc.chapter': 'Chapter {n}',
  'teach.toc.printables': 'Printable materials',
  'teach.toc.guidance': 'Answer guidance (teacher only)',
  'plan.goal': 'Goal:',
  'plan.minutes': '({total} minutes; teacher talk {teacher} of them)',
  'plan.equipment': 'Equipment:',
  'plan.offline': 'Without devices:',
  'plan.stepMinutes': '{n} min',
  'plan.teacher': 'Teacher',
  'plan.students': 'Students',
  'plan.homework': 'Homework:',
  'guide.kicker': 'Chapter {order} of 4 · about {minutes} minutes to read',
  'guide.read': 'Read the chapter',
  'guide.handout': 'Handout',
  'guide.activitySheet': 'Activity sheet',
  'guide.guidance': 'Answer guidance (teacher only)',
  'guide.objectives': 'Learning objectives',
  'guide.objectivesIntro': 'After reading, students should be able to:',
  'guide.summary': 'Five-minute summary',
  'guide.terms': 'Key terms',
  'guide.questions': 'Discussion questions',
  'guide.activity': 'Activity: {title}',
  'guide.offline': 'Without devices:',
  'guide.uses': 'Uses:',
  'guide.dataset': 'the dataset',
  'guide.sections': 'Sections, with permanent links',
  'printables.chapter': 'Chapter {n}:',
  'printables.handout': 'the handout',
  'printables.handoutNote': '(a worksheet on one A4 sheet: chart, table, questions with answer space, content note),',
  'printables.activity': 'the activity sheet',
  'printables.activityNote': '(the activity without devices), or',
  'printables.whole': 'the whole chapter',
  'printables.wholeNote': '(use “Print this chapter”: charts print with their data tables, and the page address and dataset version are printed at the end)',
  'printables.glossary': 'The glossary',
  'printables.glossaryNote': ', with every term and its sources',
  'teacherOnly.flag': 'Teacher only: not for students. Handouts and activity sheets never include this part.',

  // The handouts and activity sheets (src/pages/teach/[chapter]/handout.astro, activity.astro).
  'sheet.handoutTitle': 'Handout: {title}',
  'sheet.handoutDescription': 'A printable worksheet for students: the chart, the figures and who produced them, questions with space to answer and the key terms of the chapter {title}.',
  'sheet.handoutPrint': 'Print this handout',
  'sheet.handoutKicker': 'Handout · Chapter {n} of 4 · {site}',
  'sheet.handoutFigures': 'How each number was produced, and by whom',
  'sheet.questions': 'Questions',
  'sheet.questionsHint': 'Use the summary, the chart and the tables on this sheet. The chapter (address below) has more.',
  'sheet.glossary': 'Full glossary:',
  'sheet.activityTitle': 'Activity sheet: {title}',
  'sheet.activityDescription': 'A printable activity sheet for the chapter {title}: every step with space to answer, the charts and their data, and who produced each figure.',
  'sheet.activityPrint': 'Print this sheet',
  'sheet.activityKicker': 'Activity sheet · Chapter {n} of 4 · {site}',
  'sheet.activityFigures': 'The figures in these steps: who produced each, and how',
  'sheet.onPaper': 'On paper:',
  'sheet.back': 'Back to the teacher\'s guide',
  'sheet.this': 'This sheet:',
  'sheet.chapter': 'The chapter:',
  'sheet.dataset': 'Figures from dataset v{version}',
  'sheet.chartData': "The chart's data",
  'sheet.chartDataCut': "The chart's data: the rows for this chapter (all {n} are on the chart's page)",
  'sheet.col.number': 'Number',
  'sheet.col.counts': 'What it counts',
  'sheet.col.who': 'Who produced it, and how',
  'sheet.col.asOf': 'As of',

  // TeachText: the default words of a link whose target has no title of its own.
  'teachText.data': 'the dataset page',
  'teachText.table': 'the “{chapter}” table of figures',

  // The answer guidance and assessed task of a chapter (TeacherGuidance).
  'guidance.heading': 'Chapter {order}: {title}',
  'guidance.question': 'Question {n}',
  'guidance.activity': 'Activity: {title}',
  'guidance.success': 'Success criteria: a good answer',
  'guidance.misconceptions': 'Misconceptions to watch for',
  'guidance.objectives': 'Learning objectives served:',
  'guidance.assessed': 'Assessed task',
  'guidance.sourceA': 'Source A.',
  'guidance.producedBy': 'Produced by {claimant}. Published by {publisher}',
  'guidance.sourceLink': 'The source as published',
  /** Before the translation of Source A on a page in another language than the source's (unused in English). */
  'guidance.translation': 'Translation:',
  'guidance.marks': '({n} marks)',
  'guidance.indicative': 'Indicative content',
  'guidance.markScheme': 'Mark scheme',
  'guidance.extended': '2. Extended answer (for Ukrainian classes).',
  'guidance.points': '({n} points)',
  'guidance.markSchemeUa': 'Mark scheme, on Ukraine\'s 12-point scale',
  /** Four levels for an 8-mark source-utility question, as UK history specifications band them: "label|descriptor". */
  'guidance.utilityLevels': [
    'Level 4 (7–8 marks)|A sustained judgement on how useful the source is for this enquiry, reached by weighing its content and its provenance (who, when, why, for whom) together, and supported by precise own knowledge.',
    'Level 3 (5–6 marks)|A developed explanation of usefulness based on both content and provenance, with relevant own knowledge.',
    'Level 2 (3–4 marks)|A simple explanation of usefulness based on content or on provenance.',
    'Level 1 (1–2 marks)|A basic comment on the source, such as what it says, with little on its usefulness.',
  ],
  /** Ukraine's four levels of achievement on its 12-point school scale: "label|descriptor". */
  'guidance.uaLevels': [
    'High (10–12 points)|A clear, reasoned answer to the question with a judgement; accurate figures each attributed to their producer, method and date; terms used correctly; the limits of the evidence stated.',
    'Sufficient (7–9 points)|A structured answer with relevant, mostly attributed evidence and some explanation; the judgement is stated but not fully supported.',
    'Average (4–6 points)|A mainly descriptive answer; some relevant facts or figures, few attributed; little explanation.',
    'Initial (1–3 points)|Isolated facts or figures, unattributed, that do not answer the question.',
  ],

  // The safety kit: the content note and ground rules (read aloud, and printed on every handout and activity sheet).
  'safety.note':
    'This lesson is about children who were taken from their homes in Ukraine during the war: some were separated from their parents, held in camps, or given new citizenship, names and families. We will look at numbers, documents and what courts and governments have said. There are no pictures of children, and no child is named. If it brings up something difficult for you, you can step out or take the other task, without giving a reason.',
  'safety.rules': [
    'We talk about evidence, institutions and sources, not about particular children, and we do not guess about anyone.',
    'No one has to share their own or their family\u2019s experience. If you choose to, you decide how much.',
    'We disagree with ideas, not with people. Decisions by Russian officials are not the fault of Russian people, or of anyone in this room.',
    'You may step out or take the other task at any time, without giving a reason.',
    'What classmates say about themselves stays in the room.',
  ],
  'safety.student.label': 'Before you start',
  'safety.student.before': 'Before you start.',
  'safety.student.rules': 'Ground rules.',
  'safety.student.affected': 'If this lesson affects you',
  'safety.student.lead': ', talk to your school\'s safeguarding lead:',
  'safety.student.fill': 'name and room: ',
  'safety.student.trusted': ', or any adult you trust.',
  'safety.student.helpline': '{country}: {name} ({operator}), ',
  'safety.country.UK': 'UK',
  'safety.country.Ukraine': 'Ukraine',
  'safety.helpline': '{country}: {name}',
  'safety.helplineRunBy': ', run by {operator}, for {for}: ',
  /** Between two phone numbers of one helpline. */
  'safety.checkedBefore': 'Number checked on the operator\'s own page (',
  'safety.checkedAfter': ') on {date}.',
} as const;

export type PagesKey = keyof typeof pagesEn;
/** Every key of the English labels, with a string where English has a string and a list where it has a list. */
export type PagesDictionary = { readonly [K in PagesKey]: (typeof pagesEn)[K] extends string ? string : readonly string[] };
