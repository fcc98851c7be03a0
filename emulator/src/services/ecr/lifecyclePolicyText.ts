import { parameterConstraint } from './ecrErrors';

const MIN_LENGTH = 100;
const MAX_LENGTH = 30_720;

const failure = (reason: string) =>
  parameterConstraint('LifecyclePolicyText', `Lifecycle policy validation failure: ${reason}`);

/** A JSON object's members, to be checked one by one; undefined for anything that is not an object. */
const membersOf = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

const isPositiveInteger = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1;

const nonEmptyList = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

function checkSelection(selection: unknown, where: string): void {
  const members = membersOf(selection);
  if (!members) throw failure(`${where}.selection is required.`);
  const { tagStatus, tagPrefixList, tagPatternList, countType, countNumber, countUnit } = members;
  if (tagStatus !== 'tagged' && tagStatus !== 'untagged' && tagStatus !== 'any') {
    throw failure(`${where}.selection.tagStatus must be tagged, untagged or any.`);
  }
  if (tagStatus === 'tagged' && !nonEmptyList(tagPrefixList) && !nonEmptyList(tagPatternList)) {
    throw failure(`${where}.selection with tagStatus tagged needs a tagPrefixList or a tagPatternList.`);
  }
  if (countType !== 'imageCountMoreThan' && countType !== 'sinceImagePushed') {
    throw failure(`${where}.selection.countType must be imageCountMoreThan or sinceImagePushed.`);
  }
  if (!isPositiveInteger(countNumber)) {
    throw failure(`${where}.selection.countNumber must be a positive integer.`);
  }
  if (countType === 'sinceImagePushed' && countUnit !== 'days') {
    throw failure(`${where}.selection.countUnit must be days when countType is sinceImagePushed.`);
  }
}

function checkRule(rule: unknown, index: number, priorities: Set<number>): void {
  const where = `rules[${index}]`;
  const members = membersOf(rule);
  if (!members) throw failure(`${where} must be an object.`);
  const { rulePriority, selection, action } = members;
  if (!isPositiveInteger(rulePriority)) {
    throw failure(`${where}.rulePriority must be a positive integer.`);
  }
  if (priorities.has(rulePriority))
    throw failure(`rulePriority ${rulePriority} is used by more than one rule.`);
  priorities.add(rulePriority);
  checkSelection(selection, where);
  if (membersOf(action)?.type !== 'expire') throw failure(`${where}.action.type must be expire.`);
}

/**
 * Checks a lifecycle policy as PutLifecyclePolicy does: JSON with at least one rule, each with a unique
 * rulePriority, a selection and an expire action. The text is kept as given; rules are not applied.
 */
export function checkLifecyclePolicyText(text: unknown): string {
  if (typeof text !== 'string' || text.length < MIN_LENGTH || text.length > MAX_LENGTH) {
    throw parameterConstraint(
      'lifecyclePolicyText',
      `Member must have length between ${MIN_LENGTH} and ${MAX_LENGTH}`,
      '.',
    );
  }
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch (err) {
    throw failure(`the policy is not valid JSON (${(err as Error).message}).`);
  }
  const rules = (policy as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules) || rules.length === 0) {
    throw failure('the policy needs a non-empty "rules" array.');
  }
  const priorities = new Set<number>();
  rules.forEach((rule, index) => checkRule(rule, index, priorities));
  return text;
}
