// Generate the stress suites in test/fixtures/stress/: labelled pairs in news style, from templates and
// slot fillers written for this project. Each filler list is split in two halves: the `calibration`
// files use one half (they may be used to fit the score), the `eval` files the other (only measured).
// Seeded: `node bench/make-stress.mjs` always writes the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rng } from './lib.mjs';

const OUT = path.join(import.meta.dirname, '../test/fixtures/stress');
const PER_SUITE = 240;

const FILLERS = {
  country: ['Iran', 'Russia', 'Ukraine', 'Turkey', 'Poland', 'France', 'Germany', 'Japan', 'Brazil', 'Egypt', 'India', 'Canada', 'Norway', 'Kenya', 'Chile', 'Spain'],
  official: ['the foreign minister', 'the defence minister', 'the president', 'a government spokesman', 'the prime minister', 'the army chief', 'the interior minister', 'a senior diplomat'],
  company: ['Acme Corp', 'Northwind', 'Globex', 'Initech', 'Umbrella Group', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Vandelay Industries', 'Soylent Ltd'],
  person: ['Alice Moreau', 'Bob Jensen', 'Carla Diaz', 'David Okoro', 'Elena Petrova', 'Farid Rahimi', 'Grace Liu', 'Hugo Weber', 'Ines Costa', 'Jonas Berg'],
  item: ['drones', 'missiles', 'tanks', 'artillery shells', 'fighter jets', 'armoured vehicles', 'rockets', 'helicopters'],
  goods: ['grain', 'oil', 'gas', 'steel', 'wheat', 'fertiliser', 'coal', 'copper'],
  city: ['Kyiv', 'Kharkiv', 'Odesa', 'Lviv', 'Dnipro', 'Mariupol', 'Kherson', 'Zaporizhzhia', 'Mykolaiv', 'Poltava'],
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  measure: ['unemployment', 'inflation', 'exports', 'imports', 'house prices', 'oil prices', 'crime', 'tourism', 'retail sales', 'public debt', 'the birth rate', 'wheat production'],
  role: ['chief executive', 'finance director', 'chair of the board', 'head of security', 'lead negotiator', 'spokesperson'],
  title: ['Dark River', 'The Silent Coast', 'Northern Lights', 'Paper Moon Road', 'The Glass Orchard', 'Winter Harbour', 'A Quiet Season', 'The Iron Bridge', 'Salt and Ash', 'The Long Meadow'],
  genre: ['crime', 'drama', 'comedy', 'war', 'science fiction', 'horror', 'musical', 'romance'],
  occupation: ['architect', 'painter', 'novelist', 'composer', 'engineer', 'footballer', 'journalist', 'physicist'],
  nationality: ['Italian', 'Polish', 'Brazilian', 'Japanese', 'Canadian', 'Kenyan', 'Norwegian', 'Chilean'],
};

function half(list, part) {
  return list.filter((_, i) => i % 2 === part);
}

function makeSuites(part, random) {
  const pick = (name) => {
    const list = half(FILLERS[name], part);
    return list[Math.floor(random() * list.length)];
  };
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  // k different fillers of one kind (drawn until each is new).
  const distinct = (name, k) => {
    const out = [];
    while (out.length < k) {
      const x = pick(name);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  };
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const suites = {
    numbers: () => {
      const [country, city, item] = [pick('country'), pick('city'), pick('item')];
      const n = int(5, 60);
      const forms = [
        () => [`Forces near ${city} shoot down at least ${n} ${item} per day.`, `Forces near ${city} have shot down no ${item}.`, 'contradiction'],
        () => [`${country} delivered ${n} ${item} to the front last month.`, `${country} delivered ${n + int(8, 40)} ${item} to the front last month.`, 'contradiction'],
        () => [`The attack on ${city} killed ${n} people.`, `The attack on ${city} killed ${n * 3 + 2} people.`, 'contradiction'],
        () => [`More than ${n * 10} ${item} were destroyed in ${city}.`, `Fewer than ${n} ${item} were destroyed in ${city}.`, 'contradiction'],
        () => [`At least ${n} ${item} were seen over ${city}.`, `${n + int(1, 20)} ${item} were seen over ${city}.`, 'entailment'],
        () => [`About ${n * 10} ${item} were sent to ${country}.`, `Roughly ${n * 10 + int(0, n - 1)} ${item} were sent to ${country}.`, 'neutral'],
        () => [`${country} sent ${n} ${item} to ${city}.`, `${country} sent ${n} ${item} to ${city} by train.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    dates: () => {
      const [country, item] = [pick('country'), pick('item')];
      const [m1, m2] = distinct('month', 2);
      const y = int(2015, 2023);
      const forms = [
        () => [`${country} delivered the ${item} in ${m1} ${y}.`, `${country} delivered the ${item} in ${m2} ${y + int(1, 2)}.`, 'contradiction'],
        () => [`The ${item} deal was signed in ${y}.`, `The ${item} deal was signed in ${y + int(2, 5)}.`, 'contradiction'],
        () => [`The talks in ${country} ended on ${int(1, 14)} ${m1} ${y}.`, `The talks in ${country} ended on ${int(15, 28)} ${m1} ${y}.`, 'contradiction'],
        () => [`${country} delivered the ${item} in ${y}.`, `${country} delivered the ${item} in ${m1} ${y}.`, 'entailment'],
        () => [`The ${item} arrived in ${country} in ${m1} ${y}.`, `The ${item} arrived in ${country} in ${m1} ${y}, officials said.`, 'entailment'],
        () => [`${country} ordered the ${item} in ${m1} ${y}.`, `${country} received the ${item} in ${m2} ${y + 1}.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    negation: () => {
      const [country, other, item, official] = [pick('country'), pick('country'), pick('item'), pick('official')];
      if (country === other) return suites.negation();
      const forms = [
        () => [`${country} sent ${item} to ${other}.`, `${country} did not send ${item} to ${other}.`, 'contradiction'],
        () => [`${cap(official)} confirmed that ${country} sold ${item} to ${other}.`, `${cap(official)} denied that ${country} sold ${item} to ${other}.`, 'contradiction'],
        () => [`${country} has never supplied ${item} to ${other}.`, `${country} has supplied ${item} to ${other}.`, 'contradiction'],
        () => [`The ${item} were not used in ${other}.`, `The ${item} were used in ${other}.`, 'contradiction'],
        () => [`${country} did not send ${item} to ${other}.`, `${country} never sent any ${item} to ${other}.`, 'entailment'],
        () => [`${country} sent ${item} to ${other}.`, `${country} did not send ${item} to ${other} by sea.`, 'neutral'],
        () => [`${country} sent ${item} to ${other}.`, `It is not clear how many ${item} ${country} sent to ${other}.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    antonyms: () => {
      const [country, goods, company, city] = [pick('country'), pick('goods'), pick('company'), pick('city')];
      const forms = [
        () => [`${cap(goods)} prices increased sharply in ${country} this week.`, `${cap(goods)} prices decreased sharply in ${country} this week.`, 'contradiction'],
        () => [`${company} won the contract to rebuild the bridge in ${city}.`, `${company} lost the contract to rebuild the bridge in ${city}.`, 'contradiction'],
        () => [`The border crossing near ${city} is open.`, `The border crossing near ${city} is closed.`, 'contradiction'],
        () => [`${country} accepted the ceasefire proposal.`, `${country} rejected the ceasefire proposal.`, 'contradiction'],
        () => [`Exports of ${goods} from ${country} rose in March.`, `Exports of ${goods} from ${country} fell in March.`, 'contradiction'],
        () => [`${cap(goods)} prices increased sharply in ${country} this week.`, `${cap(goods)} prices rose steeply in ${country} this week.`, 'entailment'],
        () => [`${company} won the contract to rebuild the bridge in ${city}.`, `${company} was awarded the contract for the bridge in ${city}.`, 'entailment'],
        () => [`The border crossing near ${city} is open.`, `The border crossing near ${city} is busy.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    roles: () => {
      const [a, b] = distinct('country', 2);
      const [p, q] = distinct('person', 2);
      const [item, company, role] = [pick('item'), pick('company'), pick('role')];
      const forms = [
        () => [`${a} bought ${item} from ${b}.`, `${b} bought ${item} from ${a}.`, 'contradiction'],
        () => [`${a} attacked ${b} in the spring.`, `${b} attacked ${a} in the spring.`, 'contradiction'],
        () => [`The ${role} of ${company} is ${p}.`, `The ${role} of ${company} is ${q}.`, 'contradiction'],
        () => [`${p} is the ${role} of ${company}.`, `${q} is the ${role} of ${company}.`, 'contradiction'],
        () => [`${a} sold ${item} to ${b}.`, `${b} bought ${item} from ${a}.`, 'entailment'],
        () => [`The ${role} of ${company} is ${p}.`, `${p} is the ${role} of ${company}.`, 'entailment'],
        () => [`${a} bought ${item} from ${b}.`, `${a} also bought ${item} from ${pick('country')} last year.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    stance: () => {
      const [country, other, item, official] = [pick('country'), pick('country'), pick('item'), pick('official')];
      if (country === other) return suites.stance();
      const forms = [
        () => [`Officials in ${country} denied sending any ${item} to ${other}.`, `${cap(official)} acknowledged that ${country} gave ${item} to ${other}.`, 'contradiction'],
        () => [`${country} has previously denied supplying ${item} to ${other}.`, `${cap(official)} admitted that ${country} supplied ${item} to ${other}.`, 'contradiction'],
        () => [`${country} rejected reports that it sold ${item} to ${other}.`, `${country} sold ${item} to ${other} last year.`, 'contradiction'],
        () => [`${country} refused to send ${item} to ${other}.`, `${country} sent ${item} to ${other} in the spring.`, 'contradiction'],
        () => [`${cap(official)} confirmed that ${country} delivered ${item} to ${other}.`, `${country} denied delivering ${item} to ${other}.`, 'contradiction'],
        () => [`${country} denied sending ${item} to ${other}.`, `${country} has denied that it sent any ${item} to ${other}.`, 'entailment'],
        () => [`${country} denied sending ${item} to ${other}.`, `${cap(official)} said ${country} sent food aid to ${other}.`, 'neutral'],
        () => [`${country} denied sending ${item} to ${other}.`, `${cap(official)} of ${country} visited ${other} in the spring.`, 'neutral'],
        () => [`${cap(official)} acknowledged that ${country} gave ${item} to ${other}.`, `${country} denied that it plans to send troops to ${other}.`, 'neutral'],
        () => [`${country} sent ${item} to ${other} for the first time this week.`, `${country} had previously sent ${item} to ${other}.`, 'contradiction'],
        () => [`${country} sent ${item} to ${other} for the first time this week.`, `${country} had previously sent food aid to ${other}.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    order: () => {
      const [country, other, item] = [pick('country'), pick('country'), pick('item')];
      if (country === other) return suites.order();
      const [event, anchorA, anchorB] = [
        [`the ${item} deliveries to ${other}`, 'the war started', 'the war began'],
        [`${country}'s ${item} shipments`, 'the sanctions were imposed', 'the sanctions were imposed'],
        [`the talks between ${country} and ${other}`, 'the election', 'the election'],
        [`the attack on the ${item} depot`, 'the ceasefire took effect', 'the ceasefire took effect'],
      ][int(0, 3)];
      const forms = [
        () => [`${cap(event)} happened before ${anchorA}.`, `${cap(event)} took place long after ${anchorB}.`, 'contradiction'],
        () => [`Officials said ${event} happened months before ${anchorA}.`, `${cap(event)} happened after ${anchorB}, ${other} says.`, 'contradiction'],
        () => [`${cap(event)} happened before ${anchorA}.`, `${cap(event)} happened shortly before ${anchorB}.`, 'entailment'],
        () => [`${cap(event)} happened before ${anchorA}.`, `The protests happened after ${anchorB}.`, 'neutral'],
        () => [`${cap(event)} happened before ${anchorA}.`, `${cap(event)} happened after the summit in ${country}.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    none: () => {
      const [country, other, item, city] = [pick('country'), pick('country'), pick('item'), pick('city')];
      if (country === other) return suites.none();
      const n = int(2, 40);
      const forms = [
        () => [`No ${item} from ${country} have reached ${other}.`, `The ${item} from ${country} reached ${other} in March.`, 'contradiction'],
        () => [`${country} denied sending any ${item} to ${other}.`, `The ${item} ${country} sent to ${other} were used near ${city}.`, 'contradiction'],
        () => [`None of the ${item} were delivered to ${city}.`, `${n} ${item} were delivered to ${city}.`, 'contradiction'],
        () => [`No ${item} were used in the attack on ${city}.`, `${cap(item)} were used in the attack on ${city}.`, 'contradiction'],
        () => [`No ${item} from ${country} have reached ${other}.`, `${country} plans to send ${item} to ${other}.`, 'neutral'],
        () => [`No ${item} were used in the attack on ${city}.`, `${cap(item)} were seen over ${other}.`, 'neutral'],
        () => [`No civilians were hurt when ${item} hit ${city}.`, `${cap(item)} hit ${city} overnight.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    consistent: () => {
      const [country, official, city, item] = [pick('country'), pick('official'), pick('city'), pick('item')];
      const n = int(3, 40);
      const forms = [
        () => [`${cap(official)} of ${country} visited ${city} on Monday.`, `During the visit, ${official} met local officials in ${city}.`, 'neutral'],
        () => [`${country} has sent ${n} ${item} to the region.`, `The ${item} sent by ${country} arrived by rail.`, 'neutral'],
        () => [`Air defences over ${city} were active overnight.`, `Residents of ${city} reported explosions overnight.`, 'neutral'],
        () => [`${country} announced new sanctions on Thursday.`, `The sanctions announced by ${country} target ${item} makers.`, 'neutral'],
        () => [`${cap(official)} said ${country} wants talks.`, `${cap(official)} said ${country} is ready to negotiate.`, 'entailment'],
        () => [`${n} ${item} were shot down over ${city}.`, `Several ${item} were shot down over ${city}.`, 'entailment'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    // Lists given as examples ("including", "such as"): other examples are no contradiction; a whole list
    // ("consisted of"), a count in a list, or a negation outside it still is.
    lists: () => {
      const [p1, p2, p3, p4] = distinct('person', 4);
      const [c1, c2, c3, c4] = distinct('country', 4);
      const [g1, g2, g3] = distinct('goods', 3);
      const [i1, i2, i3] = distinct('item', 3);
      const [country, other] = distinct('country', 2);
      const [city, company] = [pick('city'), pick('company')];
      const n = int(3, 40);
      const forms = [
        () => [`${company} sells its products in several countries, including ${c1}, ${c2} and ${c3}.`, `${company} sells its products in several countries, including ${c1}, ${c4} and ${c3}.`, 'neutral'],
        () => [`The guests at the summit in ${city} included ${p1}, ${p2} and ${p3}.`, `The guests at the summit in ${city} included ${p1} and ${p3}.`, 'entailment'],
        () => [`${country} exports many goods, such as ${g1} and ${g2}.`, `${country} exports many goods, such as ${g3} and ${g1}.`, 'neutral'],
        () => [`${country} has sent weapons to ${other}, including ${i1} and ${i2}.`, `${country} has sent weapons to ${other}, including ${i3}.`, 'neutral'],
        () => [`The speakers in ${city} included ${p1}, ${p2} and ${p3}, who chaired the last session.`, `The speakers in ${city} included ${p4} and ${p1}.`, 'neutral'],
        () => [`The delegation from ${country} consisted of ${p1}, ${p2} and ${p3}.`, `The delegation from ${country} consisted of ${p1}, ${p4} and ${p3}.`, 'contradiction'],
        () => [`The shipment to ${other} included ${n} ${i1} and ${n + 5} ${i2}.`, `The shipment to ${other} included ${n + int(10, 30)} ${i1} and ${n + 5} ${i2}.`, 'contradiction'],
        () => [`${country} has sent weapons to ${other}, including ${i1} and ${i2}.`, `${country} has not sent any weapons to ${other}, including ${i1} and ${i3}.`, 'contradiction'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    // A change up against a change down of the same thing; the same direction in other words, another
    // measure or place, a negated change, or another object's detail are no contradiction. (Not other years:
    // the date check's weight would learn that years that differ are no contradiction.)
    directions: () => {
      const [m1, m2] = distinct('measure', 2);
      const [c1, c2] = distinct('country', 2);
      const [g1, g2] = distinct('goods', 2);
      const [month, company] = [pick('month'), pick('company')];
      const n = int(2, 15);
      const up = ['rose', 'increased', 'grew', 'climbed', 'jumped', 'went up'];
      const down = ['fell', 'dropped', 'declined', 'decreased', 'shrank', 'went down'];
      const [u1, u2] = [up[int(0, up.length - 1)], up[int(0, up.length - 1)]];
      const d1 = down[int(0, down.length - 1)];
      const raise = ['raised', 'increased'][int(0, 1)];
      const cut = ['cut', 'lowered', 'reduced'][int(0, 2)];
      const forms = [
        () => [`${cap(m1)} in ${c1} ${u1} by ${n} percent in ${month}.`, `${cap(m1)} in ${c1} ${d1} in ${month}.`, 'contradiction'],
        () => [`${c1} ${raise} taxes on ${g1} this year.`, `${c1} ${cut} taxes on ${g1} this year.`, 'contradiction'],
        () => [`${company} ${['expanded', 'increased'][int(0, 1)]} its workforce in ${month}.`, `${company} ${['cut', 'reduced'][int(0, 1)]} its workforce in ${month}.`, 'contradiction'],
        () => [`${cap(m1)} ${d1} sharply last year, official figures show.`, `${cap(m1)} ${u1} last year.`, 'contradiction'],
        () => [`${cap(m1)} in ${c1} ${u1} in ${month}.`, `${cap(m1)} in ${c1} ${u2} by ${n} percent in ${month}.`, 'entailment'],
        () => [`${cap(m1)} in ${c1} ${u1} in ${month}.`, `${cap(m2)} in ${c1} ${d1} in ${month}.`, 'neutral'],
        () => [`${cap(m1)} in ${c1} ${u1} in ${month}.`, `${cap(m1)} in ${c2} ${d1} in ${month}.`, 'neutral'],
        () => [`${cap(m1)} in ${c1} did not fall in ${month}.`, `${cap(m1)} in ${c1} ${u1} in ${month}.`, 'neutral'],
        () => [`${c1} ${raise} taxes on ${g1} this year.`, `${c1} ${cut} taxes on ${g2} this year.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    // One act credited to two agents ("designed by A" / "designed by B"), or a producer read as the director;
    // co-authors, the same act told actively, or another of the agents' acts are not. (No control has another
    // name in the same frame: those would teach the name-swap weight that a swapped name is no contradiction.)
    agents: () => {
      const [p, q] = distinct('person', 2);
      const [c1, c2] = distinct('company', 2);
      const [country, city, item] = [pick('country'), pick('city'), pick('item')];
      const forms = [
        () => [`The new bridge in ${city} was designed by ${p}.`, `The new bridge in ${city} was designed by ${q}.`, 'contradiction'],
        () => [`The documentary about ${country} was directed by ${p} and produced by ${c1}.`, `The documentary about ${country} was directed by ${c1}.`, 'contradiction'],
        () => [`The contract for the port in ${city} was won by ${c1}.`, `The contract for the port in ${city} was won by ${c2}, officials said.`, 'contradiction'],
        () => [`The report on ${item} was written by ${p}.`, `The report on ${item} was written by ${q} and ${p}.`, 'neutral'],
        () => [`The documentary about ${country} was directed by ${p}.`, `${p} directed the documentary about ${country}.`, 'entailment'],
        () => [`The documentary about ${country} was directed by ${p} and produced by ${c1}.`, `The documentary about ${country} was produced by ${c1}.`, 'entailment'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    // One comparison made both ways ("A exports more oil than B" / "B exports more oil than A"); another
    // thing compared, or part of the comparison said again, are not. (No control names a third country, says
    // the comparison with the opposite word or negates it: those rows would fire the name-swap, antonym and
    // negation checks and teach their weights that they speak for no contradiction.)
    comparisons: () => {
      const [c1, c2] = distinct('country', 2);
      const [g1, g2] = distinct('goods', 2);
      const [m1, m2] = distinct('measure', 2);
      const forms = [
        () => [`${c1} exports more ${g1} than ${c2}.`, `${c2} exports more ${g1} than ${c1}, official figures show.`, 'contradiction'],
        () => [`${cap(g1)} is cheaper than ${g2} in ${c1}.`, `${cap(g2)} remains cheaper than ${g1} in ${c1}.`, 'contradiction'],
        () => [`${cap(m1)} rose faster than ${m2} in ${c1} last year.`, `${cap(m2)} rose faster than ${m1} in ${c1} last year.`, 'contradiction'],
        () => [`${c1} exports more ${g1} than ${c2}.`, `${c2} exports more ${g2} than ${c1}.`, 'neutral'],
        () => [`${cap(g1)} is cheaper than ${g2} in ${c1}.`, `${cap(g1)} is cheaper than ${g2} in ${c1}, traders say.`, 'entailment'],
        () => [`${cap(m1)} rose faster than ${m2} in ${c1} last year.`, `${cap(m1)} rose in ${c1} last year.`, 'entailment'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    // Claims against encyclopaedia-style evidence (a person's birth, a film's year and director, a company's
    // seat): another year, another place, another director; the same facts said again, a decade that holds
    // the year, a shortened name, or a claim the evidence does not speak to. (No control has another name in
    // the same frame.)
    evidence: () => {
      const [p, q] = distinct('person', 2);
      const [c1, c2] = distinct('city', 2);
      const [title, genre, occupation, nationality, company, month] = [pick('title'), pick('genre'), pick('occupation'), pick('nationality'), pick('company'), pick('month')];
      const year = int(1925, 2015);
      const other = year + (random() < 0.5 ? -1 : 1) * int(2, 30);
      const day = int(1, 28);
      const born = `${p} (born ${day} ${month} ${year} in ${c1}) is ${/^[AEIOU]/.test(nationality) ? 'an' : 'a'} ${nationality} ${occupation}`;
      const film = `${title} is a ${year} ${genre} film directed by ${p}`;
      const forms = [
        () => [`${born} known for ${random() < 0.5 ? 'her' : 'his'} early work.`, `${p} was born in ${other}.`, 'contradiction'],
        () => [`${born}.`, `${p} was born in ${c2}.`, 'contradiction'],
        () => [`${film} and produced by ${company}.`, `${title} was released in ${other}.`, 'contradiction'],
        () => [`${film}.`, `${title} was directed by ${q}.`, 'contradiction'],
        () => [`${company} was founded in ${year} and is headquartered in ${c1}.`, `${company} is based in ${c2}.`, 'contradiction'],
        () => [`${born} known for ${random() < 0.5 ? 'her' : 'his'} early work.`, `${p} was born in ${year}.`, 'entailment'],
        () => [`${film}.`, `${title} is a film from the ${Math.floor(year / 10) * 10}s.`, 'entailment'],
        () => [`${film}.`, `${title} was directed by ${p.split(' ')[1]}.`, 'entailment'],
        () => [`${company} was founded in ${year} and is headquartered in ${c1}.`, `${company} has about ${int(2, 90) * 100} employees.`, 'neutral'],
        () => [`${born}.`, `${p} has published two books on the history of ${c1}.`, 'neutral'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    // A claim called false (a hoax, doctored, no evidence, debunked, a myth) against the claim stated; controls:
    // both deny it, another claim, part of the claim, the falsity itself restated, and opposite words or
    // changes inside the claim called false (which agree with it).
    falsity: () => {
      const [p, q] = distinct('person', 2);
      const [c1, c2] = distinct('city', 2);
      const [company, goods, country, measure, month] = [pick('company'), pick('goods'), pick('country'), pick('measure'), pick('month')];
      const factory = `${company} will close its factory in ${c1}`;
      const forms = [
        () => [`Reports that ${factory} are false, the company said.`, `${factory}.`, 'contradiction'],
        () => [`A photo of ${p} meeting ${q} in ${c1} was doctored.`, `${p} met ${q} in ${c1} in ${month}.`, 'contradiction'],
        () => [`There is no evidence that ${goods} exports from ${country} fell last year.`, `${cap(goods)} exports from ${country} fell last year.`, 'contradiction'],
        () => [`Police debunked rumours that a bomb was found at the station in ${c1}.`, `A bomb was found at the station in ${c1}.`, 'contradiction'],
        () => [`It is a myth that ${p} was born in ${c1}.`, `${p} was born in ${c1}, according to ${random() < 0.5 ? 'her' : 'his'} publisher.`, 'contradiction'],
        () => [`Reports that ${factory} are false, the company said.`, `${company} will not close its factory in ${c1}.`, 'entailment'],
        () => [`Reports that ${factory} are false, the company said.`, `${company} will close its factory in ${c2}.`, 'neutral'],
        () => [`The story that ${p} won the lottery twice in ${month} was fabricated.`, `${p} won the lottery.`, 'neutral'],
        () => [`A photo of ${p} meeting ${q} in ${c1} was doctored.`, `A doctored photo of ${p} spread online.`, 'entailment'],
        () => [`Rumours that ${factory} are baseless.`, `${company} will keep its factory in ${c1} open.`, 'entailment'],
        () => [`Claims that ${measure} fell in ${country} last year are false.`, `${cap(measure)} rose in ${country} last year.`, 'entailment'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    // Something ended (a resignation, an arrest, a cancellation, a closure) against the same thing going on
    // ("remains in office", "is still at large", "will go ahead as planned"); controls: the ending denied,
    // only called for or planned, said in other words, another of several, both said in one statement, and
    // another state that goes on. (No control names another person or place: those rows would fire the
    // name-swap check and teach its weight that it speaks for no contradiction.)
    states: () => {
      const [p, company, city, country, role, month, goods] = [pick('person'), pick('company'), pick('city'), pick('country'), pick('role'), pick('month'), pick('goods')];
      const year = int(1990, 2015);
      const forms = [
        () => [`${p} resigned as ${role} of ${company} in ${month}.`, `${p} remains ${role} of ${company}.`, 'contradiction'],
        () => [`${company} said ${p} would step down as ${role} at the end of the year.`, `${p} will stay on as ${role} of ${company}.`, 'contradiction'],
        () => [`Police in ${city} arrested the man suspected of the bank robbery.`, `The man suspected of the bank robbery in ${city} is still at large.`, 'contradiction'],
        () => [`The music festival in ${city} was cancelled because of the fighting.`, `The music festival in ${city} will go ahead as planned.`, 'contradiction'],
        () => [`The band ${p} founded in ${city} split up in ${year}.`, `The band ${p} founded in ${city} is still touring.`, 'contradiction'],
        () => [`${company} shut down its ${goods} plant in ${city} in ${month}.`, `${company}'s ${goods} plant in ${city} is still operating.`, 'contradiction'],
        () => [`Trade talks between ${country} and ${company} collapsed in ${month}.`, `${country} and ${company} reached a trade agreement in ${month}.`, 'contradiction'],
        () => [`The aid workers held in ${city} were freed on ${int(1, 28)} ${month}.`, `The aid workers in ${city} are still being held.`, 'contradiction'],
        () => [`${p}, the founder of ${company}, died in ${year}.`, `${p}, the founder of ${company}, is still alive.`, 'contradiction'],
        () => [`The government abandoned its plan to sell the ${goods} company.`, `The plan to sell the ${goods} company is still going ahead.`, 'contradiction'],
        () => [`${p} did not resign as ${role} of ${company}.`, `${p} remains ${role} of ${company}.`, 'entailment'],
        () => [`Calls for ${p} to resign as ${role} of ${company} grew in ${month}.`, `${p} remains ${role} of ${company}.`, 'neutral'],
        () => [`${p} plans to step down as ${role} of ${company}.`, `${p} remains ${role} of ${company} for now.`, 'neutral'],
        () => [`${p} resigned as ${role} of ${company} in ${month}.`, `${p} stepped down as ${role} of ${company}.`, 'entailment'],
        () => [`Police in ${city} arrested one of the two men suspected of the bank robbery.`, `A second man suspected of the bank robbery in ${city} is still at large.`, 'neutral'],
        () => [`${p} resigned from the board of ${company} but remains its ${role}.`, `${p} remains ${role} of ${company}.`, 'entailment'],
        () => [`The music festival in ${city} was not cancelled despite the fighting.`, `The music festival in ${city} will go ahead as planned.`, 'entailment'],
        () => [`${company} shut down its ${goods} plant in ${city} in ${month}.`, `${company}'s ${goods} plant in ${city} closed in ${month}.`, 'entailment'],
        () => [`${p} resigned as ${role} of ${company} in ${month}.`, `${p} remains popular with the staff of ${company}.`, 'neutral'],
        () => [`The aid workers held in ${city} were freed on ${int(1, 28)} ${month}.`, `The aid workers freed in ${city} are still recovering.`, 'entailment'],
      ];
      return forms[int(0, forms.length - 1)]();
    },
    unrelated: () => {
      const [country, city, goods, company, person] = [pick('country'), pick('city'), pick('goods'), pick('company'), pick('person')];
      const sentences = [
        `${company} reported higher quarterly profits.`,
        `Heavy rain caused flooding in ${city}.`,
        `${person} won the national chess championship.`,
        `${cap(goods)} exports from ${country} reached a record.`,
        `The museum in ${city} reopened after renovation.`,
        `${country} will host the football tournament next year.`,
        `A new railway line links ${city} to the coast.`,
        `${person} published a novel about the sea.`,
      ];
      const i = int(0, sentences.length - 1);
      let j = int(0, sentences.length - 1);
      while (j === i) j = int(0, sentences.length - 1);
      return [sentences[i], sentences[j], 'neutral'];
    },
  };
  return suites;
}

mkdirSync(OUT, { recursive: true });
const summary = {};
for (const [part, name, seed] of [[0, 'calibration', 11], [1, 'eval', 29]]) {
  const random = rng(seed);
  const suites = makeSuites(part, random);
  // The suites added later come last, so that the earlier suites' files stay as they were.
  const LATER = ['stance', 'order', 'none', 'lists', 'directions', 'agents', 'comparisons', 'evidence', 'falsity', 'states'];
  const ordered = Object.entries(suites).sort(([a], [b]) => LATER.indexOf(a) - LATER.indexOf(b));
  for (const [suite, make] of ordered) {
    const seen = new Set();
    const rows = [];
    let attempts = 0;
    while (rows.length < PER_SUITE && attempts++ < PER_SUITE * 50) {
      const [premise, hypothesis, label] = make();
      const key = `${premise}|${hypothesis}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ premise, hypothesis, label, suite });
    }
    writeFileSync(path.join(OUT, `${suite}.${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    summary[`${suite}.${name}`] = { pairs: rows.length, contradictions: rows.filter((r) => r.label === 'contradiction').length };
  }
}
console.log(JSON.stringify(summary, null, 1));
