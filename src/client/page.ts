/**
 * Every script a page runs before the reader interacts, in one deferred module: one request and one
 * gzip stream keep it inside the 1 KB budget. Search itself loads only on intent.
 */
import './theme-toggle.ts';
import { listenForSearchIntent } from '../components/search/search-intent.ts';

listenForSearchIntent();
