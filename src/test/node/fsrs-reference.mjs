// Reference schedules from ts-fsrs (the npm package pinned in package.json), for
// org.factquiz.review.SchedulerMatchesTsFsrsTest.
//
// Reads scenarios as JSON on standard input:
//   {"scenarios": [{"name": "...", "start": <epoch ms>,
//                   "settings": {"request_retention": 0.9, "maximum_interval": 36500,
//                                "enable_short_term": true, "learning_steps": ["1m", "10m"],
//                                "relearning_steps": ["10m"], "w": [21 numbers, optional]},
//                   "steps": [{"rating": 1..4, "from": "due" | "last", "offsetMs": <ms>}]}]}
// and writes, per scenario, the card after every review: the review time it resolved ("due": the
// card's due date plus the offset; "last": the previous review, or the start, plus the offset),
// the retrievability before the review and the card's fields after it.
import { createEmptyCard, default_w, fsrs, FSRSVersion, generatorParameters } from 'ts-fsrs'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'))

const scenarios = input.scenarios.map((scenario) => {
  const params = generatorParameters({ ...scenario.settings, enable_fuzz: false })
  const scheduler = fsrs(params)
  let card = createEmptyCard(new Date(scenario.start))
  let last = scenario.start
  const steps = scenario.steps.map((step) => {
    const base = step.from === 'due' ? card.due.getTime() : last
    const review = Math.max(base + step.offsetMs, last)
    const retrievability = scheduler.get_retrievability(card, new Date(review), false)
    const { card: next, log } = scheduler.next(card, new Date(review), step.rating)
    card = next
    last = review
    return {
      review,
      rating: step.rating,
      retrievability,
      elapsedDays: log.elapsed_days,
      due: next.due.getTime(),
      stability: next.stability,
      difficulty: next.difficulty,
      state: next.state,
      learningSteps: next.learning_steps,
      reps: next.reps,
      lapses: next.lapses,
      scheduledDays: next.scheduled_days,
    }
  })
  return { name: scenario.name, w: Array.from(scheduler.parameters.w), steps }
})

process.stdout.write(JSON.stringify({ version: FSRSVersion, defaultWeights: Array.from(default_w), scenarios }))
