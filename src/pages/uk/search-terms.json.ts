/** /uk/search-terms.json: the Ukrainian pages' words for the Ukrainian search's spelling help (built by ../search-terms.json.ts). */
import { searchTerms } from '../search-terms.json.ts';

export const GET = searchTerms('uk');
