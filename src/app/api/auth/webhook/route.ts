// The same handler as /api/webhook/clerk (both paths are in the API contract).
export { DELETE, GET, PATCH, POST, PUT } from '@/app/api/webhook/clerk/route';
