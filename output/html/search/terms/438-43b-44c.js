teSearchFile("terms/438-43b-44c",[["ильич",[1,1,2],[]]]);
