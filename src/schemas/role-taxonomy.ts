/**
 * The fixed lists a role is filed under. Kept apart from the zod schema so browser code (the search filters)
 * can use them without bundling zod.
 */

// Families, in the order filters and navigation list them.
export const roleFamilies = ['engineering', 'data', 'infrastructure', 'quality', 'support', 'product', 'design', 'leadership'] as const;
// Seniority levels, from first job to the top.
export const seniorityLevels = ['entry', 'mid', 'senior', 'lead', 'executive'] as const;
