// What the adviser's preview needs from the results, as one lazily loaded module: the matching and the parks'
// names. One import keeps them in the chunk the guide's results page uses too, rather than in chunks of their own.
export { buildResult } from '../../domain/result';
export { siteName } from '../results/result-text';
