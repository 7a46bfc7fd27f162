/**
 * What a count counts, in either language: people (名, 位, employees), organizations (家,
 * companies), projects (项, measures) or buildings (栋, blocks). Each language's facts file
 * lists its nouns and classifiers by these categories; the quantity rule matches a question's
 * count to a sentence's by them ("how many employees" is not answered by "20 companies").
 */
export type CountCategory = 'person' | 'organization' | 'project' | 'building';
