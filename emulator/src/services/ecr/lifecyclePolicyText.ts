import { invalidParameter } from './ecrErrors';

const MIN_LENGTH = 100;
const MAX_LENGTH = 30_720;

const failure = (reason: string) =>
  invalidParameter(
    `Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: ${reason}'`,
  );

function checkRule(rule: unknown, index: number, priorities: Set<number>): void {
  const where = `rules[${index}]`;
  if (typeof rule !== 'object' || rule === null) throw failure(`${where} must be an object.`);
  const { rulePriority, selection, action } = rule as Record<string, any>;
  if (!Number.isInteger(rulePriority) || rulePriority < 1) {
    throw failure(`${where}.rulePriority must be a positive integer.`);
  }
  if (priorities.has(rulePriority))
    throw failure(`rulePriority ${rulePriority} is used by more than one rule.`);
  priorities.add(rulePriority);
  if (typeof selection !== 'object' || selection === null) throw failure(`${where}.selection is required.`);
  if (!['tagged', 'untagged', 'any'].includes(selection.tagStatus)) {
    throw failure(`${where}.selection.tagStatus must be tagged, untagged or any.`);
  }
  if (
    selection.tagStatus === 'tagged' &&
    !(Array.isArray(selection.tagPrefixList) && selection.tagPrefixList.length) &&
    !(Array.isArray(selection.tagPatternList) && selection.tagPatternList.length)
  ) {
    throw failure(`${where}.selection with tagStatus tagged needs a tagPrefixList or a tagPatternList.`);
  }
  if (!['imageCountMoreThan', 'sinceImagePushed'].includes(selection.countType)) {
    throw failure(`${where}.selection.countType must be imageCountMoreThan or sinceImagePushed.`);
  }
  if (!Number.isInteger(selection.countNumber) || selection.countNumber < 1) {
    throw failure(`${where}.selection.countNumber must be a positive integer.`);
  }
  if (selection.countType === 'sinceImagePushed' && selection.countUnit !== 'days') {
    throw failure(`${where}.selection.countUnit must be days when countType is sinceImagePushed.`);
  }
  if (action?.type !== 'expire') throw failure(`${where}.action.type must be expire.`);
}

/**
 * Checks a lifecycle policy as PutLifecyclePolicy does: JSON with at least one rule, each with a unique
 * rulePriority, a selection and an expire action. The text is kept as given; rules are not applied.
 */
export function checkLifecyclePolicyText(text: unknown): string {
  if (typeof text !== 'string' || text.length < MIN_LENGTH || text.length > MAX_LENGTH) {
    throw invalidParameter(
      `Invalid parameter at 'lifecyclePolicyText' failed to satisfy constraint: 'Member must have length between ${MIN_LENGTH} and ${MAX_LENGTH}'.`,
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
